package org.kjt.approvals.hightech;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kjt.approvals.evaluation.CallView;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.evaluation.EvaluationFixtures;
import org.kjt.approvals.evaluation.PanelView;

import org.springframework.stereotype.Component;

/**
 * Calls, applications and scores of high-tech enterprise recognition for the tests. Each
 * test class opens its calls in days of its own (calls of one item may not overlap).
 */
@Component
public class HighTechFixtures {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final List<String> MATERIALS = List.of("application-form", "legal-status", "ip-proof", "rd-audit",
			"revenue-audit", "financial-statements", "staff-list");

	private final EvaluationFixtures evaluation;

	private final Calls calls;

	HighTechFixtures(EvaluationFixtures evaluation, Calls calls) {
		this.evaluation = evaluation;
		this.calls = calls;
	}

	/**
	 * A form that meets every hard condition (R&D 5.24 %, high-tech 63.41 %, S&T 25 %).
	 */
	public static Map<String, Object> form() {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("registeredOn", "2020-05-01");
		form.put("techField", "ELECTRONIC_INFORMATION");
		form.put("finances", "2026|4000|220;2025|3500|180;2024|3000|150");
		form.put("highTechRevenue", "2600");
		form.put("totalIncome", "4100");
		form.put("staffCount", "120");
		form.put("scienceStaffCount", "30");
		form.put("ipList", "发明专利|ZL202010000001.1|一种图像识别方法");
		return form;
	}

	/** Opens a call of five days from the day's start, as the division's staff. */
	public CallView openCall(LocalDate from, String title) {
		return this.evaluation.openCall("ln-enterprise", HighTechRules.ITEM, from, title);
	}

	/** Opens a call of five days from the day's start, as the current user. */
	public CallView open(LocalDate from, String title, Integer quota) {
		return this.calls.open(HighTechRules.ITEM, title, from.atStartOfDay(ZONE).toInstant(),
				from.plusDays(5).atStartOfDay(ZONE).toInstant(), quota);
	}

	/** Extends a call to the start of a day, as the current user. */
	public CallView extend(long callId, LocalDate until, String reason) {
		return this.calls.extend(callId, until.atStartOfDay(ZONE).toInstant(), reason);
	}

	/** A draft with every material uploaded. */
	public long draft(String applicant, Map<String, Object> form) {
		return this.evaluation.draft(applicant, "liaoning", HighTechRules.ITEM, form);
	}

	/** A draft submitted. */
	public long submitted(String applicant, Map<String, Object> form) {
		return this.evaluation.submitted(applicant, "liaoning", HighTechRules.ITEM, form);
	}

	/** The case's current panel, as the division sees it. */
	public PanelView panel(long caseId) {
		return this.evaluation.panel("ln-enterprise", caseId);
	}

	/** Every seated expert who has not scored scores the same points. */
	public void scoreAll(long caseId, Map<String, Integer> points) {
		this.evaluation.scoreAll("ln-enterprise", caseId, points, "评审意见:技术先进,材料翔实");
	}

	/** Points summing to a total: IP, transfer, R&D organisation, growth. */
	public static Map<String, Integer> points(int ip, int transfer, int rdOrganisation, int growth) {
		return Map.of("ip", ip, "transfer", transfer, "rdOrganisation", rdOrganisation, "growth", growth);
	}

}
