package org.kjt.approvals.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.AttemptThrottle;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices of proposed results and the objections to them: anyone may object, with
 * a name and a reason, while a notice runs; the reviewing division handles each objection
 * (upheld: the case goes back to review; rejected: the reasons are recorded) before the
 * decision.
 */
@Service
public class PublicNotices {

	/** Who the history names for an objection from the public. */
	static final String PUBLIC_ACTOR = "public";

	private final NoticeRepository notices;

	private final ObjectionRepository objections;

	private final Catalogue catalogue;

	private final Calls calls;

	private final CurrentUser currentUser;

	private final CaseHistory history;

	private final Clock clock;

	private final AttemptThrottle throttle;

	PublicNotices(NoticeRepository notices, ObjectionRepository objections, Catalogue catalogue, Calls calls,
			CurrentUser currentUser, CaseHistory history, Clock clock, JdbcTemplate jdbc,
			PlatformTransactionManager transactions,
			@Value("${approvals.objections-per-hour:10}") int objectionsPerHour) {
		// Objections are open to anyone: a client sending many is slowed down.
		this.throttle = new AttemptThrottle("objection", objectionsPerHour, Duration.ofHours(1),
				"notice.error.tooManyObjections", clock, jdbc, transactions);
		this.notices = notices;
		this.objections = objections;
		this.catalogue = catalogue;
		this.calls = calls;
		this.currentUser = currentUser;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * Opens a public notice of a case's proposed result (from its process).
	 * @param caseId the case
	 * @param departmentCode its department
	 * @param itemCode its item
	 * @param subject whom it concerns
	 * @param proposal the proposed result
	 * @param startsOn first day
	 * @param endsOn last day
	 * @return the notice
	 */
	@Transactional
	public PublicNoticeView open(long caseId, String departmentCode, String itemCode, String subject, String proposal,
			LocalDate startsOn, LocalDate endsOn) {
		PublicNotice notice = this.notices
			.save(new PublicNotice(caseId, departmentCode, itemCode, subject, proposal, startsOn, endsOn));
		return view(notice, Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The notices running today, soonest to end first; public.
	 * @param departmentCode department, or null for both
	 * @param pageable page
	 * @param locale the reader's language
	 * @return the notices
	 */
	@Transactional(readOnly = true)
	public Page<PublicNoticeView> running(@Nullable String departmentCode, Pageable pageable, Locale locale) {
		return this.notices.runningOn(departmentCode, LocalDate.now(this.clock), pageable)
			.map((notice) -> view(notice, locale));
	}

	/**
	 * The case was withdrawn: its notice is taken down and takes no more objections.
	 * @param caseId the case
	 */
	@Transactional
	public void withdraw(long caseId) {
		this.notices.findFirstByCaseIdOrderByIdDesc(caseId).ifPresent(PublicNotice::withdraw);
	}

	/**
	 * An objection from anyone while the notice runs.
	 * @param noticeId the notice
	 * @param name who objects (a real name: anonymous objections are not taken)
	 * @param contact how to reach them
	 * @param reason why, with the facts
	 * @return the objection's number
	 */
	@Transactional
	public long object(long noticeId, @Nullable String name, @Nullable String contact, @Nullable String reason) {
		this.throttle.attempt();
		PublicNotice notice = this.notices.findById(noticeId)
			.orElseThrow(() -> DomainException.notFound("notice.error.publicNotFound", noticeId));
		if (!notice.runsOn(LocalDate.now(this.clock))) {
			throw DomainException.conflict("notice.error.objectionWindow", notice.getStartsOn(), notice.getEndsOn());
		}
		String who = required("name", name, 100);
		String how = required("contact", contact, 200);
		String why = required("reason", reason, 2000);
		Objection objection = this.objections.save(new Objection(notice, who, how, why, this.clock.instant()));
		this.history.recordEvent(notice.getCaseId(), PUBLIC_ACTOR, EvaluationHistoryType.OBJECTION_RECEIVED, null,
				Phrase.of("record.objectionReceived", objection.getId(), who));
		return objection.getId();
	}

	/**
	 * The objections to a case's notices, for the reviewing division.
	 * @param caseId the case
	 * @return every objection, oldest first
	 */
	@Transactional(readOnly = true)
	public List<ObjectionView> ofCase(long caseId) {
		AppUser me = this.currentUser.require();
		List<Objection> found = this.objections.findByCaseIdOrderById(caseId);
		Map<Long, PublicNotice> byId = noticesOf(found);
		List<String> managed = this.calls.managedItems(me);
		found.forEach((objection) -> requireManaging(me, managed, byId.get(objection.getNoticeId())));
		if (found.isEmpty()) {
			this.notices.findFirstByCaseIdOrderByIdDesc(caseId)
				.ifPresent((notice) -> requireManaging(me, managed, notice));
		}
		return found.stream().map((objection) -> view(objection, byId.get(objection.getNoticeId()))).toList();
	}

	/**
	 * The objections waiting to be handled in the items the user's division reviews.
	 * @param pageable page
	 * @return oldest first
	 */
	@Transactional(readOnly = true)
	public Page<ObjectionView> open(Pageable pageable) {
		AppUser me = this.currentUser.require();
		List<String> items = this.calls.managedItems(me);
		if (items.isEmpty()) {
			throw DomainException.forbidden("notice.error.notManaging");
		}
		Page<Objection> page = this.objections.ofItems(me.departmentCode(), items, ObjectionState.OPEN, pageable);
		Map<Long, PublicNotice> byId = noticesOf(page.getContent());
		return page.map((objection) -> view(objection, byId.get(objection.getNoticeId())));
	}

	/**
	 * The reviewing division handles an objection, with written reasons either way.
	 * @param objectionId the objection
	 * @param upheld whether it is upheld (the case goes back to review)
	 * @param answer the reasons
	 * @return the objection
	 */
	@Transactional
	public ObjectionView handle(long objectionId, boolean upheld, @Nullable String answer) {
		AppUser me = this.currentUser.require();
		Objection objection = this.objections.lock(objectionId)
			.orElseThrow(() -> DomainException.notFound("notice.error.objectionNotFound", objectionId));
		PublicNotice notice = this.notices.findById(objection.getNoticeId()).orElseThrow();
		requireManaging(me, this.calls.managedItems(me), notice);
		if (objection.getState() != ObjectionState.OPEN) {
			throw DomainException.conflict("notice.error.objectionHandled", objectionId);
		}
		String reasons = required("answer", answer, 2000);
		objection.handle(upheld, reasons, me.username(), this.clock.instant());
		this.history.recordEvent(notice.getCaseId(), me.username(), EvaluationHistoryType.OBJECTION_HANDLED, null,
				Phrase.of(upheld ? "record.objectionUpheld" : "record.objectionRejected", objectionId, reasons));
		return view(objection, notice);
	}

	/**
	 * How the objections to a case's latest notice stand (for its process).
	 * @param caseId the case
	 * @return counts by state
	 */
	@Transactional(readOnly = true)
	public Map<ObjectionState, Long> tally(long caseId) {
		return this.notices.findFirstByCaseIdOrderByIdDesc(caseId)
			.map((notice) -> Map.of(ObjectionState.OPEN,
					this.objections.countByNoticeIdAndState(notice.getId(), ObjectionState.OPEN), ObjectionState.UPHELD,
					this.objections.countByNoticeIdAndState(notice.getId(), ObjectionState.UPHELD),
					ObjectionState.REJECTED,
					this.objections.countByNoticeIdAndState(notice.getId(), ObjectionState.REJECTED)))
			.orElse(Map.of(ObjectionState.OPEN, 0L, ObjectionState.UPHELD, 0L, ObjectionState.REJECTED, 0L));
	}

	/**
	 * Every objection to a case's latest notice is handled (for the step that closes
	 * them); refuses (409) while one is open.
	 * @param caseId the case
	 * @return whether one was upheld (the case goes back)
	 */
	@Transactional(readOnly = true)
	public boolean requireHandled(long caseId) {
		Map<ObjectionState, Long> counts = tally(caseId);
		if (counts.get(ObjectionState.OPEN) > 0) {
			throw DomainException.conflict("notice.error.objectionsOpen", counts.get(ObjectionState.OPEN));
		}
		return counts.get(ObjectionState.UPHELD) > 0;
	}

	/**
	 * Closes a case's objections for its process (the step that handles them): every one
	 * handled (409 otherwise), {@code objectionUpheld} set, and after an upheld one
	 * {@code panelPassed} cleared, so that a fresh review comes before anything is
	 * proposed again.
	 * @param caseId the case
	 * @param variables the step's completion variables
	 */
	@Transactional(readOnly = true)
	public void objectionsHandled(long caseId, Map<String, Object> variables) {
		boolean upheld = requireHandled(caseId);
		variables.put("objectionUpheld", upheld);
		if (upheld) {
			variables.put("panelPassed", false);
		}
	}

	private static void requireManaging(AppUser me, List<String> managed, @Nullable PublicNotice notice) {
		if (notice == null || !notice.getDepartmentCode().equals(me.departmentCode())
				|| !managed.contains(notice.getItemCode())) {
			throw DomainException.notFound("notice.error.objectionNotFound", (notice == null) ? 0 : notice.getId());
		}
	}

	private Map<Long, PublicNotice> noticesOf(List<Objection> found) {
		return this.notices.findByIdIn(found.stream().map(Objection::getNoticeId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PublicNotice::getId, Function.identity()));
	}

	private PublicNoticeView view(PublicNotice notice, Locale locale) {
		String itemName = this.catalogue.find(notice.getItemCode())
			.map((item) -> item.name(locale))
			.orElse(notice.getItemCode());
		return new PublicNoticeView(notice.getId(), notice.getDepartmentCode(), notice.getItemCode(), itemName,
				notice.getSubject(), notice.getProposal(), notice.getStartsOn(), notice.getEndsOn());
	}

	private static ObjectionView view(Objection objection, PublicNotice notice) {
		return new ObjectionView(objection.getId(), objection.getNoticeId(), objection.getCaseId(), notice.getSubject(),
				objection.getName(), objection.getContact(), objection.getReason(), objection.getReceivedAt(),
				objection.getState(), objection.getAnswer());
	}

	private static String required(String field, @Nullable String value, int max) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty() || text.length() > max) {
			throw DomainException.invalid(field, "notice.error.objectionField", field, max);
		}
		return text;
	}

}
