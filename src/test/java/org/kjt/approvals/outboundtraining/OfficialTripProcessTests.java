package org.kjt.approvals.outboundtraining;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.CaseViews;
import org.kjt.approvals.support.MutableClock;
import org.kjt.approvals.support.Tasks;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Walks every path of processes/official-trip.bpmn20.xml (因公出国(境)任务审批, Liaoning): the
 * temporary-trip limits at their edges, review returned and revised, agreed and not
 * agreed, sent back by the head, publicity, a change of participants, withdrawal, and the
 * report on time and overdue.
 */
@ApprovalsTest
class OfficialTripProcessTests {

	static final LocalDate DAY = LocalDate.of(2026, 11, 2);

	static final String THREE = "张三|研究员|省科学院|45;李四|副研究员|省科学院|38;王五|工程师|省科学院|30";

	static final String SEVEN = THREE + ";赵六|教授|辽宁大学|50;孙七|讲师|辽宁大学|33;周八|讲师|辽宁大学|34;吴九|讲师|辽宁大学|35";

	@Autowired
	Cases cases;

	@Autowired
	OutboundTrainings trips;

	@Autowired
	Tasks tasks;

	@Autowired
	CaseQueries queries;

	@Autowired
	MessageSource messages;

	@Autowired
	OutboundFixtures outbound;

	@Autowired
	Workbench workbench;

	@Autowired
	Users users;

	@Autowired
	CaseViews views;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void day() {
		this.clock.setDate(DAY);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	static Map<String, Object> trip() {
		return OutboundFixtures.official();
	}

	@Test
	void theTemporaryTripLimitsBindAtSubmissionAtTheirEdges() {
		// At each limit: submitted.
		assertThat(status(submitted(trip()))).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(status(submitted(with("itinerary", "DEU:2026-12-07:2026-12-10;FRA:2026-12-11:2026-12-14"))))
			.isEqualTo(CaseStatus.ACCEPTED);
		assertThat(status(submitted(
				with("itinerary", "DEU:2026-12-07:2026-12-09;FRA:2026-12-10:2026-12-12;ITA:2026-12-13:2026-12-16"))))
			.isEqualTo(CaseStatus.ACCEPTED);
		String six = THREE + ";赵六|教授|辽宁大学|50;孙七|讲师|辽宁大学|33;周八|讲师|辽宁大学|34";
		assertThat(status(submitted(with("participants", six)))).isEqualTo(CaseStatus.ACCEPTED);

		// One beyond: refused with the limit, the draft left as it was.
		refused(with("itinerary", "DEU:2026-12-07:2026-12-12"), "itinerary", "在外 6 天", "不得超过 5 天");
		refused(with("itinerary", "DEU:2026-12-07:2026-12-10;FRA:2026-12-11:2026-12-15"), "itinerary", "在外 9 天",
				"不得超过 8 天");
		refused(with("itinerary", "DEU:2026-12-07:2026-12-09;FRA:2026-12-10:2026-12-12;ITA:2026-12-13:2026-12-17"),
				"itinerary", "在外 11 天", "不得超过 10 天");
		refused(with("itinerary", "DEU:2026-12-07:2026-12-08;FRA:2026-12-09:2026-12-09;ITA:2026-12-10:2026-12-10;"
				+ "ESP:2026-12-11:2026-12-11"), "itinerary", "出访 4 个国家", "不得超过 3 个");
		refused(with("participants", SEVEN), "participants", "团组 7 人", "不得超过 6 人");
		refused(with("itinerary", "DEU:2026-10-26:2026-10-30"), "itinerary", "departurePast");

		// Jilin's seed gives this duty to no division: the item is Liaoning's only.
		assertThatThrownBy(
				() -> this.users.as("applicant", () -> this.cases.create("jilin", OfficialTripRules.ITEM, trip())))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("case.error.itemNotOffered");
	}

	@Test
	void agreedThenPublishedTravelledAndReported() {
		long id = submitted(trip());
		CaseView accepted = this.views.as("applicant", id);
		assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(accepted.step()).isEqualTo("review");
		assertThat(accepted.division()).isEqualTo("ln.foreign-experts");
		assertThat(accepted.form().get("days")).hasToString("5");
		assertThat(accepted.form().get("groupSize")).hasToString("3");
		// Only the foreign-expert division's queue holds it.
		assertThat(this.tasks.groupQueue("ln-expert", id)).extracting(InboxItem::step).containsExactly("review");
		assertThat(this.tasks.groupQueue("ln-approval", id)).isEmpty();
		assertThat(this.tasks.groupQueue("jl-intl", id)).isEmpty();

		this.tasks.complete("ln-expert", id, "review", "propose", "任务必要,行程紧凑", Map.of("reviewOpinion", "agree"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("signOff");
		assertThat(this.tasks.groupQueue("ln-expert", id)).isEmpty();
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		CaseView agreed = this.views.as("applicant", id);
		assertThat(agreed.status()).isEqualTo(CaseStatus.AGREED);
		assertThat(agreed.step()).isEqualTo("publicity");
		// An internal approval: its own series, no licensing words.
		assertThat(agreed.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("TRIP_RECEIPT", "TRIP_OPINION");
		assertThat(agreed.notices().get(0).title()).isEqualTo("因公出国(境)任务收件告知");
		assertThat(agreed.notices().get(0).body()).contains("20个工作日内", "不是行政许可");
		CaseView.NoticeView opinion = agreed.notices().get(1);
		assertThat(opinion.title()).isEqualTo("因公出国(境)任务审批意见");
		assertThat(opinion.number()).contains("出审字").doesNotContain("准字");
		assertThat(opinion.body()).contains("同意执行", "团组 3 人", "在外 5 天", "7日内交回护照").doesNotContain("准予", "许可");

		this.clock.setDate(LocalDate.of(2026, 11, 30));
		this.users.run("applicant", () -> this.trips.confirmPublicity(id, "2026-11-20", "2026-11-26"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");
		this.clock.setDate(LocalDate.of(2026, 12, 11));
		this.tasks.fireTimer(id, "tripReturned");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		this.clock.setDate(LocalDate.of(2026, 12, 16));
		this.users.run("applicant",
				() -> this.trips.fileReport(id, "签署联合实验室备忘录", "按计划执行", "58000", "2026-12-15", "2026-12-14"));
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.status()).isEqualTo(CaseStatus.AGREED);
		assertThat(closed.history()).extracting(CaseView.HistoryEntry::type).contains("REPORT_FILED", "CLOSED");
	}

	@Test
	void notAgreedWithReasonsAfterTheHeadSentItBack() {
		long id = submitted(trip());
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "sendBack", "邀请单位资质请核实", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		// 不同意 needs its reasons.
		String task = this.tasks.claim("ln-expert", id, "review");
		assertThatThrownBy(() -> this.users.run("ln-expert",
				() -> this.workbench.complete(task, "propose", "不同意", Map.of("reviewOpinion", "disagree"))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("disagreeReasons");
		this.users.run("ln-expert", () -> this.workbench.complete(task, "propose", "不同意",
				Map.of("reviewOpinion", "disagree", "disagreeReasons", "邀请单位无法核实,出访必要性不足")));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意审核意见", Map.of());
		CaseView notAgreed = this.views.as("applicant", id);
		assertThat(notAgreed.status()).isEqualTo(CaseStatus.NOT_AGREED);
		assertThat(notAgreed.step()).isNull();
		CaseView.NoticeView opinion = notAgreed.notices().get(notAgreed.notices().size() - 1);
		assertThat(opinion.title()).isEqualTo("因公出国(境)任务审批意见(不同意)");
		assertThat(opinion.body()).contains("不同意执行", "邀请单位无法核实,出访必要性不足").doesNotContain("行政复议", "行政许可");
	}

	@Test
	void returnedRevisedAndChangedParticipantsAreCheckedAgainAgainstTheLimits() {
		long id = submitted(trip());
		this.tasks.complete("ln-expert", id, "review", "return", "请补充", Map.of("returnReasons", "请说明与德方合作的具体成果"));
		CaseView returned = this.views.as("applicant", id);
		assertThat(returned.status()).isEqualTo(CaseStatus.CORRECTION_REQUESTED);
		assertThat(returned.step()).isEqualTo("revise");
		assertThat(returned.notices().get(returned.notices().size() - 1).title()).isEqualTo("因公出国(境)任务退回修改通知");
		// A revision is held to the same limits.
		assertThatThrownBy(
				() -> this.users.run("applicant", () -> this.trips.revise(id, Map.of("participants", SEVEN))))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.tripLimits1");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("revise");
		assertThat(this.views.as("applicant", id).form()).containsEntry("participants", THREE);
		this.users.run("applicant", () -> this.trips.revise(id, Map.of("tripPurpose", "商谈联合实验室建设并签署备忘录")));
		CaseView again = this.views.as("applicant", id);
		assertThat(again.step()).isEqualTo("review");
		assertThat(again.status()).isEqualTo(CaseStatus.ACCEPTED);
		assertThat(again.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("TRIP_RECEIPT", "CORRECTION", "TRIP_RECEIPT");

		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
		// Published: seven is still over the limit; four goes back to review.
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.trips.changeParticipants(id, SEVEN, null)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.tripLimits1");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
		String four = THREE + ";赵六|教授|辽宁大学|50";
		this.users.run("applicant", () -> this.trips.changeParticipants(id, four, null));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("review");
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		this.users.run("applicant", () -> this.trips.withdraw(id, "外方推迟会谈"));
		CaseView withdrawn = this.views.as("applicant", id);
		assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(withdrawn.step()).isNull();
	}

	/**
	 * Published, the trip waits for departure: a change of participants then goes back to
	 * review (checked against the limits again), and the unit may still withdraw it.
	 */
	@Test
	void aPublishedTripChangedBeforeDepartureIsReviewedAgainThenWithdrawn() {
		long id = submitted(trip());
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		this.clock.setDate(LocalDate.of(2026, 11, 30));
		this.users.run("applicant", () -> this.trips.confirmPublicity(id, "2026-11-20", "2026-11-26"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.trips.changeParticipants(id, SEVEN, null)))
			.isInstanceOf(DomainException.class)
			.hasMessageContaining("outbound.error.tripLimits1");
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");
		String two = "张三|研究员|省科学院|45;李四|副研究员|省科学院|38";
		this.users.run("applicant", () -> this.trips.changeParticipants(id, two, null));
		CaseView again = this.views.as("applicant", id);
		assertThat(again.step()).isEqualTo("review");
		assertThat(again.form()).containsEntry("participants", two);
		assertThat(again.notices()).extracting(CaseView.NoticeView::type)
			.containsExactly("TRIP_RECEIPT", "TRIP_OPINION", "TRIP_RECEIPT");
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		this.users.run("applicant", () -> this.trips.confirmPublicity(id, "2026-11-20", "2026-11-26"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("travel");
		this.users.run("applicant", () -> this.trips.withdraw(id, "外方取消会谈"));
		CaseView withdrawn = this.views.as("applicant", id);
		assertThat(withdrawn.status()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(withdrawn.step()).isNull();
		assertThat(this.tasks.groupQueue("ln-expert", id)).isEmpty();
	}

	/**
	 * The department's own limit (20 working days from 11-02: 11-30) is watched at the
	 * review and the sign-off: reminded near it, flagged past it.
	 */
	@Test
	void theDepartmentsOwnLimitIsWatchedAtReviewAndSignOff() {
		long id = submitted(trip());
		assertThat(this.views.as("applicant", id).clock().deadline()).isEqualTo(LocalDate.of(2026, 11, 30));
		this.clock.setDate(LocalDate.of(2026, 11, 27));
		this.tasks.fireTimer(id, "reviewDeadlineCheck");
		assertThat(this.views.as("ln-expert", id).history()).extracting(CaseView.HistoryEntry::type)
			.contains("REMINDER")
			.doesNotContain("ESCALATED");
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.clock.setDate(LocalDate.of(2026, 12, 1));
		this.tasks.fireTimer(id, "signOffDeadlineCheck");
		CaseView overdue = this.views.as("ln-expert", id);
		assertThat(overdue.clock().overdue()).isTrue();
		assertThat(overdue.history()).extracting(CaseView.HistoryEntry::type).contains("ESCALATED");
		assertThat(overdue.step()).isEqualTo("signOff");
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		assertThat(this.views.as("applicant", id).status()).isEqualTo(CaseStatus.AGREED);
	}

	@Test
	void theReportIsRemindedThenOverdueAndFollowedUpByTheDivision() {
		long id = submitted(trip());
		this.tasks.complete("ln-expert", id, "review", "propose", "同意", Map.of("reviewOpinion", "agree"));
		this.tasks.complete("ln-expert-head", id, "signOff", "approve", "同意", Map.of());
		this.clock.setDate(LocalDate.of(2026, 11, 30));
		// Four working days of publicity: refused with the reason, asked again.
		this.users.run("applicant", () -> this.trips.confirmPublicity(id, "2026-11-23", "2026-11-26"));
		assertThat(this.views.as("applicant", id).step()).isEqualTo("publicity");
		this.users.run("applicant", () -> this.trips.confirmPublicity(id, "2026-11-20", "2026-11-26"));
		this.tasks.fireTimer(id, "tripReturned");
		this.tasks.fireTimer(id, "reportReminder");
		assertThat(this.views.as("applicant", id).history()).extracting(CaseView.HistoryEntry::type)
			.contains("PUBLICITY_REFUSED", "REMINDER");
		this.tasks.fireTimer(id, "reportOverdue");
		assertThat(this.views.as("applicant", id).clock().overdue()).isTrue();
		InboxItem followUp = this.tasks.groupQueue("ln-expert", id).get(0);
		assertThat(followUp.step()).isEqualTo("reportFollowUp");
		this.tasks.complete("ln-expert", id, "reportFollowUp", "done", "已电话督促", Map.of());
		assertThat(this.views.as("applicant", id).step()).isEqualTo("report");
		// Back 12-11, report 2027-01-15, passports 12-20: both late, both recorded.
		this.clock.setDate(LocalDate.of(2027, 1, 15));
		this.users.run("applicant",
				() -> this.trips.fileReport(id, "完成会谈", "按计划执行", "59000", "2027-01-15", "2026-12-20"));
		CaseView closed = this.views.as("applicant", id);
		assertThat(closed.step()).isNull();
		assertThat(closed.history()).filteredOn((entry) -> "CLOSED".equals(entry.type()))
			.extracting(CaseView.HistoryEntry::detail)
			.containsExactly("逾期提交回国报告(2027-01-15);护照于回国 7 日后交回");
		// Another unit cannot file or see it.
		assertThatThrownBy(() -> this.users.as("applicant2", () -> this.trips.trip(id)))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void theUnitSeesItsOfficialTripsWithItsTrainingTrips() {
		long trip = submitted(trip());
		long training = this.outbound.submitted("applicant", "liaoning", OutboundFixtures.general());
		List<Long> mine = this.users
			.as("applicant", () -> this.queries.mine(OutboundTrainings.ITEMS, null, PageRequest.of(0, 100)))
			.stream()
			.map(CaseSummary::id)
			.toList();
		assertThat(mine).contains(trip, training);
	}

	private static Map<String, Object> with(String field, String value) {
		Map<String, Object> form = trip();
		form.put(field, value);
		return form;
	}

	private CaseStatus status(long id) {
		return this.views.as("applicant", id).status();
	}

	private long draft(Map<String, Object> form) {
		return this.outbound.officialDraft("applicant", form);
	}

	private long submitted(Map<String, Object> form) {
		return this.outbound.officialSubmitted("applicant", form);
	}

	private void refused(Map<String, Object> form, String field, String... words) {
		long id = draft(form);
		assertThatThrownBy(() -> this.users.run("applicant", () -> this.cases.submit(id)))
			.isInstanceOfSatisfying(DomainException.class, (ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey() + " "
						+ this.messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
					.contains(words);
			});
		assertThat(status(id)).isEqualTo(CaseStatus.DRAFT);
		assertThat(this.views.as("applicant", id).step()).isNull();
	}

}
