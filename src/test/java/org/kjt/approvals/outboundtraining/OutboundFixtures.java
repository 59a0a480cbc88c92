package org.kjt.approvals.outboundtraining;

import java.util.HashMap;
import java.util.Map;

import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.support.Users;
import org.kjt.approvals.support.TestFiles;

import org.springframework.stereotype.Component;

/** Trip forms and submitted trips for the outbound-training tests. */
@Component
public class OutboundFixtures {

	private final Cases cases;

	private final Users users;

	OutboundFixtures(Cases cases, Users users) {
		this.cases = cases;
		this.users = users;
	}

	/**
	 * A general project: 3 people, Germany 2026-12-07 to 12-11 (5 days).
	 * @return the form
	 */
	public static Map<String, Object> general() {
		Map<String, Object> form = new HashMap<>();
		form.put("projectName", "智能制造技术培训");
		form.put("projectType", "GENERAL");
		form.put("hostInstitution", "Fraunhofer IPA");
		form.put("invitation", "Fraunhofer IPA 2026-10-20 邀请函");
		form.put("itinerary", "DEU:2026-12-07:2026-12-11");
		form.put("participants", "张三|研究员|省科学院|45;李四|副研究员|省科学院|38;王五|工程师|省科学院|30");
		form.put("trainingContent", "工业机器人与数字孪生");
		form.put("fundingSource", "单位自筹");
		form.put("budgetCny", "30000");
		return form;
	}

	/**
	 * A key project: 4 people, 14 days in Japan, 140 000 CNY.
	 * @return the form
	 */
	public static Map<String, Object> key() {
		Map<String, Object> form = general();
		form.put("projectType", "KEY");
		form.put("programmeName", "高层次科技人才境外培训计划");
		form.put("itinerary", "JPN:2026-12-07:2026-12-20");
		form.put("participants", "张三|研究员|省科学院|45;李四|副研究员|省科学院|38;王五|工程师|省科学院|30;赵六|教授|吉林大学|50");
		form.put("budgetCny", "140000");
		return form;
	}

	/**
	 * An official trip: three people, Germany 2026-12-07 to 12-11 (five days, the
	 * one-country limit).
	 * @return the form
	 */
	public static Map<String, Object> official() {
		Map<String, Object> form = new HashMap<>();
		form.put("projectName", "赴德国开展智能制造合作交流");
		form.put("tripPurpose", "落实省院与弗劳恩霍夫协会合作协议,商谈联合实验室建设");
		form.put("hostInstitution", "Fraunhofer IPA");
		form.put("invitation", "Fraunhofer IPA 2026-10-20 邀请函");
		form.put("itinerary", "DEU:2026-12-07:2026-12-11");
		form.put("participants", "张三|研究员|省科学院|45;李四|副研究员|省科学院|38;王五|工程师|省科学院|30");
		form.put("fundingSource", "单位自筹");
		form.put("budgetCny", "60000");
		return form;
	}

	/**
	 * Creates an official trip in Liaoning with its three materials, not submitted.
	 * @param unit applicant user
	 * @param form the form
	 * @return the case id
	 */
	public long officialDraft(String unit, Map<String, Object> form) {
		return this.users.as(unit, () -> {
			long id = this.cases.create("liaoning", OfficialTripRules.ITEM, form).id();
			this.cases.upload(id, "invitation", "invitation.pdf", TestFiles.PDF);
			this.cases.upload(id, "schedule", "schedule.pdf", TestFiles.PDF);
			this.cases.upload(id, "budget", "budget.pdf", TestFiles.PDF);
			return id;
		});
	}

	/**
	 * Creates and submits an official trip in Liaoning.
	 * @param unit applicant user
	 * @param form the form
	 * @return the case id
	 */
	public long officialSubmitted(String unit, Map<String, Object> form) {
		long id = officialDraft(unit, form);
		this.users.run(unit, () -> this.cases.submit(id));
		return id;
	}

	/**
	 * Creates, completes with the three materials and submits a trip as a unit.
	 * @param unit applicant user
	 * @param department department code
	 * @param form the form
	 * @return the case id
	 */
	public long submitted(String unit, String department, Map<String, Object> form) {
		return this.users.as(unit, () -> {
			long id = this.cases.create(department, OutboundRules.PROCESS, form).id();
			this.cases.upload(id, "invitation", "invitation.pdf", TestFiles.PDF);
			this.cases.upload(id, "training-plan", "plan.pdf", TestFiles.PDF);
			this.cases.upload(id, "budget", "budget.pdf", TestFiles.PDF);
			this.cases.submit(id);
			return id;
		});
	}

}
