package org.kjt.approvals.licensing;

import java.util.List;
import java.util.Map;

import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.stereotype.Component;

/** Laboratory-animal licence applications for the tests, submitted or accepted. */
@Component
public class LicensingFixtures {

	/** The mandatory materials of the production licence. */
	public static final List<String> MANDATORY = List.of("application-form", "legal-status", "facility-test-report",
			"animal-quality-report", "breeding-stock-source", "staff-training", "procedures");

	private final Cases cases;

	private final Users users;

	private final Tasks tasks;

	LicensingFixtures(Cases cases, Users users, Tasks tasks) {
		this.cases = cases;
		this.users = users;
		this.tasks = tasks;
	}

	/**
	 * A production-licence application to Jilin, as a draft with no material yet.
	 * @param applicant applicant user
	 * @return the case id
	 */
	public long draft(String applicant) {
		return this.users
			.as(applicant,
					() -> this.cases
						.create("jilin", "lab-animal-production",
								Map.of("scope", "SPF级 C57BL/6J 小鼠", "facilityAddress", "示例市示例路1号",
										"legalRepresentative", "张三"))
						.id());
	}

	/**
	 * A production-licence application with every mandatory material, submitted.
	 * @param applicant applicant user
	 * @param department department code
	 * @return the case id
	 */
	public long submitted(String applicant, String department) {
		return this.users.as(applicant, () -> {
			long id = this.cases
				.create(department, "lab-animal-production",
						Map.of("scope", "SPF级 C57BL/6J 小鼠", "facilityAddress", "示例市示例路1号", "legalRepresentative", "张三"))
				.id();
			for (String material : MANDATORY) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			this.cases.submit(id);
			return id;
		});
	}

	/**
	 * The same, accepted by the department's approval office.
	 * @param applicant applicant user
	 * @param department department code
	 * @return the case id
	 */
	public long accepted(String applicant, String department) {
		long id = submitted(applicant, department);
		this.tasks.complete("jilin".equals(department) ? "jl-approval" : "ln-approval", id, "intake", "accept", "予以受理",
				Map.of());
		return id;
	}

}
