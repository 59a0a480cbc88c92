package org.kjt.approvals.nsf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.evaluation.PanelView;
import org.kjt.approvals.evaluation.Panels;
import org.kjt.approvals.evaluation.SeatState;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.stereotype.Component;

/** Calls, applications and reviews of natural-science fund projects for the tests. */
@Component
public class NsfFixtures {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public static final String ITEM = NsfRules.ITEM;

	private final Cases cases;

	private final Calls calls;

	private final Panels panels;

	private final Users users;

	NsfFixtures(Cases cases, Calls calls, Panels panels, Users users) {
		this.cases = cases;
		this.calls = calls;
		this.panels = panels;
		this.users = users;
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
		this.users.run(staff, () -> this.calls.open(ITEM, title, from.atStartOfDay(ZONE).toInstant(),
				from.plusDays(5).atStartOfDay(ZONE).toInstant(), null));
	}

	/** A draft with its materials. */
	public long draft(String applicant, String department, Map<String, Object> form) {
		return this.users.as(applicant, () -> {
			long id = this.cases.create(department, ITEM, form).id();
			for (String material : List.of("application-form", "host-commitment", "pi-credentials")) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			return id;
		});
	}

	/** A draft submitted. */
	public long submitted(String applicant, String department, Map<String, Object> form) {
		long id = draft(applicant, department, form);
		this.users.run(applicant, () -> this.cases.submit(id));
		return id;
	}

	/** The case's panel as the reviewing staff see it. */
	public PanelView panel(String staff, long id) {
		return this.users.as(staff, () -> this.panels.panel(id, Locale.SIMPLIFIED_CHINESE));
	}

	/** Every reviewer who has not scored scores the same points. */
	public void scoreAll(long id, String staff, Map<String, Integer> points) {
		for (PanelView.SeatView seat : panel(staff, id).seats()) {
			if (seat.state() == SeatState.ASSIGNED) {
				this.users.run(seat.username(), () -> this.panels.score(seat.id(), points, "评议意见"));
			}
		}
	}

}
