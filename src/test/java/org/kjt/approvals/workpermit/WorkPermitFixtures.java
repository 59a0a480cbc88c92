package org.kjt.approvals.workpermit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.stereotype.Component;

/**
 * Work-permit applications as tests need them, through the services the UI and API use.
 */
@Component
public class WorkPermitFixtures {

	static final List<String> MATERIALS = List.of("application-form", "work-experience", "degree", "criminal-record",
			"medical-certificate", "contract", "passport", "photo");

	/** Monday 2026-11-02: 20 working days later is 2026-11-30, 5 later 2026-11-09. */
	public static final LocalDate DAY = LocalDate.of(2026, 11, 2);

	private final Cases cases;

	private final Tasks tasks;

	private final Users users;

	private final WorkPermits permits;

	WorkPermitFixtures(Cases cases, Tasks tasks, Users users, WorkPermits permits) {
		this.permits = permits;
		this.cases = cases;
		this.tasks = tasks;
		this.users = users;
	}

	/**
	 * Category B by points (77): 30万 salary, master, 5 years, 12 months, Northeast, 41.
	 */
	public static Map<String, Object> formB(String passport) {
		Map<String, Object> form = new HashMap<>();
		form.put("holderName", "SMITH JOHN");
		form.put("nationality", "GBR");
		form.put("passportNumber", passport);
		form.put("passportExpiry", "2030-01-31");
		form.put("dateOfBirth", "1985-03-14");
		form.put("education", "MASTER");
		form.put("experienceYears", "5");
		form.put("post", "高级工程师");
		form.put("annualSalaryCny", "300000");
		form.put("monthsPerYear", "12");
		form.put("hskLevel", "0");
		form.put("workAddress", "长春市高新区示例路1号");
		form.put("workLocation", "NORTHEAST");
		form.put("contractStart", "2026-12-01");
		form.put("contractEnd", "2028-11-30");
		form.put("shortTerm", "false");
		form.put("criminalRecordIssuedOn", "2026-08-01");
		return form;
	}

	public static Map<String, Object> formA(String passport) {
		Map<String, Object> form = formB(passport);
		form.put("listedHighEndTalent", "true");
		return form;
	}

	/**
	 * Category C (30 points): 5万 salary, no degree, 1 year, 2 months; the employer states
	 * the C ground (seasonal work).
	 */
	public static Map<String, Object> formC(String passport) {
		Map<String, Object> form = formB(passport);
		form.put("cGround", "SEASONAL");
		form.put("annualSalaryCny", "50000");
		form.put("education", "OTHER");
		form.put("experienceYears", "1");
		form.put("monthsPerYear", "2");
		return form;
	}

	public static Map<String, Object> shortTerm(Map<String, Object> form) {
		form.put("contractStart", "2026-12-01");
		form.put("contractEnd", "2027-02-28");
		form.put("shortTerm", "true");
		return form;
	}

	/** Submitted with every material. */
	public long submitted(String employer, String department, Map<String, Object> form) {
		return this.users.as(employer, () -> {
			long id = this.cases.create(department, "work-permit", form).id();
			for (String material : MATERIALS) {
				if ("photo".equals(material)) {
					this.cases.upload(id, material, "photo.png", TestFiles.PNG);
				}
				else {
					this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
				}
			}
			this.cases.submit(id);
			return id;
		});
	}

	/**
	 * Granted in Liaoning in the category given, entered on {@link #DAY}, the card
	 * issued.
	 * @return the permit number
	 */
	public String card(String employer, Map<String, Object> form, String category) {
		return card(employer, "liaoning", form, category);
	}

	/**
	 * Granted in a department in the category given, entered on {@link #DAY}, the card
	 * issued.
	 * @return the permit number
	 */
	public String card(String employer, String department, Map<String, Object> form, String category) {
		long id = submitted(employer, department, form);
		String office = "jilin".equals(department) ? "jl-approval" : "ln-approval";
		String reviewer = "jilin".equals(department) ? "jl-approval" : "ln-expert";
		this.tasks.complete(office, id, "intake", "accept", "予以受理", Map.of());
		this.tasks.complete(reviewer, id, "review", "propose", "拟准予",
				Map.of("proposal", "grant", "category", category));
		this.tasks.complete(reviewer + "-head", id, "signOff", "approve", "同意", Map.of());
		this.users.run(employer, () -> this.permits.applyForCard(id, DAY.toString()));
		this.tasks.complete(office, id, "cardIssue", "issue", "发证", Map.of());
		return this.users.as(employer, () -> this.permits.forCase(id)).orElseThrow().permitNumber();
	}

	/** Accepted, proposed as category B, signed off: the Notice is out. */
	public long granted(String employer, String department, Map<String, Object> form) {
		long id = submitted(employer, department, form);
		String office = "jilin".equals(department) ? "jl-approval" : "ln-approval";
		// Jilin's approval office decides work permits; Liaoning's foreign-experts
		// division.
		String reviewer = "jilin".equals(department) ? "jl-approval" : "ln-expert";
		this.tasks.complete(office, id, "intake", "accept", "予以受理", Map.of());
		this.tasks.complete(reviewer, id, "review", "propose", "拟准予", Map.of("proposal", "grant", "category", "B"));
		this.tasks.complete(reviewer + "-head", id, "signOff", "approve", "同意", Map.of());
		return id;
	}

}
