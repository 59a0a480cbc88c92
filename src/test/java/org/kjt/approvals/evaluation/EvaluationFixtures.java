package org.kjt.approvals.evaluation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.MaterialRequirement;
import org.kjt.approvals.support.TestFiles;
import org.kjt.approvals.support.Users;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What every evaluated item's tests do alike, through the services the UI and the API
 * use: open a call, apply with every material of the item, read the panel as the
 * reviewing staff see it, have every seated expert score, find a running public notice.
 */
@Component
public class EvaluationFixtures {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Cases cases;

	private final Catalogue catalogue;

	private final Calls calls;

	private final Panels panels;

	private final PublicNotices notices;

	private final Users users;

	EvaluationFixtures(Cases cases, Catalogue catalogue, Calls calls, Panels panels, PublicNotices notices,
			Users users) {
		this.cases = cases;
		this.catalogue = catalogue;
		this.calls = calls;
		this.panels = panels;
		this.notices = notices;
		this.users = users;
	}

	/**
	 * Opens a call of five days from the day's start, as the staff member.
	 * @return the call
	 */
	public CallView openCall(String staff, String item, LocalDate from, String title) {
		return this.users.as(staff, () -> this.calls.open(item, title, from.atStartOfDay(ZONE).toInstant(),
				from.plusDays(5).atStartOfDay(ZONE).toInstant(), null));
	}

	/**
	 * The item's material codes, in the catalogue's order.
	 * @return the codes
	 */
	public List<String> materials(String item) {
		return this.catalogue.find(item).orElseThrow().materials().stream().map(MaterialRequirement::code).toList();
	}

	/**
	 * A draft with every material of the item uploaded (each a PDF).
	 * @return the case id
	 */
	public long draft(String applicant, String department, String item, Map<String, Object> form) {
		return this.users.as(applicant, () -> {
			long id = this.cases.create(department, item, form).id();
			for (String material : materials(item)) {
				this.cases.upload(id, material, material + ".pdf", TestFiles.PDF);
			}
			return id;
		});
	}

	/**
	 * A draft submitted.
	 * @return the case id
	 */
	public long submitted(String applicant, String department, String item, Map<String, Object> form) {
		long id = draft(applicant, department, item, form);
		this.users.run(applicant, () -> this.cases.submit(id));
		return id;
	}

	/**
	 * The case's current panel as the reviewing staff member sees it.
	 * @return the panel
	 */
	public PanelView panel(String staff, long caseId) {
		return this.users.as(staff, () -> this.panels.panel(caseId, Locale.SIMPLIFIED_CHINESE));
	}

	/** Every seated expert who has not scored scores the same points, with a comment. */
	public void scoreAll(String staff, long caseId, Map<String, Integer> points, String comment) {
		for (PanelView.SeatView seat : panel(staff, caseId).seats()) {
			if (seat.state() == SeatState.ASSIGNED) {
				this.users.run(seat.username(), () -> this.panels.score(seat.id(), points, comment));
			}
		}
	}

	/**
	 * The department's public notice running to a day.
	 * @return the notice
	 */
	public PublicNoticeView notice(String department, LocalDate endsOn) {
		return this.notices.running(department, PageRequest.of(0, 100), Locale.ROOT)
			.getContent()
			.stream()
			.filter((running) -> running.endsOn().equals(endsOn))
			.findFirst()
			.orElseThrow();
	}

}
