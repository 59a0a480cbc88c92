package org.kjt.approvals.nsf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.kjt.approvals.evaluation.EvaluationFixtures;
import org.kjt.approvals.evaluation.PanelView;

import org.springframework.stereotype.Component;

/** Calls, applications and reviews of natural-science fund projects for the tests. */
@Component
public class NsfFixtures {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final String ITEM = NsfRules.ITEM;

	private final EvaluationFixtures evaluation;

	NsfFixtures(EvaluationFixtures evaluation) {
		this.evaluation = evaluation;
	}

	/** A general project's form; the PI was born 1992-06-01. */
	public static Map<String, Object> form(String type, String amount) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("projectTitle", "面向边缘计算的低功耗神经网络加速方法研究");
		form.put("grantType", type);
		form.put("discipline", "INFORMATION_SCIENCES");
		form.put("principalInvestigator", "周明");
		form.put("piTitle", "副教授");
		form.put("piBirthDate", "1992-06-01");
		form.put("requestedAmount", amount);
		form.put("durationYears", "3");
		form.put("researchContent", "研究稀疏量化与存算一体的联合优化方法");
		return form;
	}

	/** Opens a call of five days from the day's start, as the staff member. */
	public void openCall(String staff, LocalDate from, String title) {
		this.evaluation.openCall(staff, ITEM, from, title);
	}

	/** A draft with its materials. */
	public long draft(String applicant, String department, Map<String, Object> form) {
		return this.evaluation.draft(applicant, department, ITEM, form);
	}

	/** A draft submitted. */
	public long submitted(String applicant, String department, Map<String, Object> form) {
		return this.evaluation.submitted(applicant, department, ITEM, form);
	}

	/** The case's panel as the reviewing staff see it. */
	public PanelView panel(String staff, long id) {
		return this.evaluation.panel(staff, id);
	}

	/** Every reviewer who has not scored scores the same points. */
	public void scoreAll(long id, String staff, Map<String, Integer> points) {
		this.evaluation.scoreAll(staff, id, points, "评议意见");
	}

}
