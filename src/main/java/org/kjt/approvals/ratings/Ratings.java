package org.kjt.approvals.ratings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.flowable.engine.TaskService;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseAddressee;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.inbox.InboxItem;
import org.kjt.approvals.inbox.SideTask;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.orgstructure.DivisionRef;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.StepRole;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 好差评: the applicant rates a closed case once; a poor rating (不满意, 非常不满意) needs a reason
 * and opens a follow-up (整改) in the queue of the head of the division that signed the
 * case off, due in 15 working days (the national scheme's limit for rectifying a poor
 * rating, 国办发〔2019〕51号); the head records what was done. Results per item and division.
 */
@Service
public class Ratings implements SideTask {

	/** The follow-up's step code in the queue. */
	public static final String FOLLOW_UP = "ratingFollowUp";

	/** The follow-up's one outcome: rectified, with what was done. */
	public static final String RECTIFIED = "rectified";

	static final int FOLLOW_UP_WORKING_DAYS = 15;

	static final int MAX_REASON = 1000;

	private final JdbcTemplate jdbc;

	private final CaseQueries cases;

	private final CaseHistory history;

	private final CurrentUser currentUser;

	private final OrgStructure orgStructure;

	private final Workbench workbench;

	private final WorkingDayCalendar calendar;

	private final Translations translations;

	private final Clock clock;

	private final TaskService taskService;

	private final Accounts accounts;

	Ratings(JdbcTemplate jdbc, CaseQueries cases, CaseHistory history, CurrentUser currentUser,
			OrgStructure orgStructure, Workbench workbench, WorkingDayCalendar calendar, Translations translations,
			Clock clock, TaskService taskService, Accounts accounts) {
		this.accounts = accounts;
		this.taskService = taskService;
		this.jdbc = jdbc;
		this.cases = cases;
		this.history = history;
		this.currentUser = currentUser;
		this.orgStructure = orgStructure;
		this.workbench = workbench;
		this.calendar = calendar;
		this.translations = translations;
		this.clock = clock;
	}

	/**
	 * Rates one of my closed cases, once.
	 * @param caseId case
	 * @param level the level
	 * @param reason why (required for a poor rating)
	 * @return the rating
	 */
	@Transactional
	public RatingView rate(long caseId, @Nullable RatingLevel level, @Nullable String reason) {
		CaseView view = this.cases.own(caseId);
		if (!closed(view)) {
			throw DomainException.conflict("rating.error.notClosed", view.referenceNo());
		}
		if (level == null) {
			throw DomainException.invalid("level", "rating.error.level");
		}
		String text = (reason != null) ? reason.strip() : "";
		if (level.poor() && text.isEmpty()) {
			throw DomainException.invalid("reason", "rating.error.reasonRequired");
		}
		if (text.length() > MAX_REASON) {
			throw DomainException.invalid("reason", "rating.error.reasonTooLong", MAX_REASON);
		}
		DivisionRef division = handlingDivision(caseId, view.department(), view.item());
		Instant now = this.clock.instant();
		AppUser me = this.currentUser.require();
		try {
			this.jdbc.update(
					"INSERT INTO apl_rating (case_id, department_code, item_code, division_code, level,"
							+ " reason, rated_by, rated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
					caseId, view.department(), view.item(), division.code(), level.name(), text.isEmpty() ? null : text,
					me.username(), Timestamp.from(now));
		}
		catch (DuplicateKeyException ex) {
			throw DomainException.conflict("rating.error.alreadyRated", view.referenceNo());
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("level", level.name());
		this.history.recordTaskEvent(caseId, me.username(), CaseHistoryType.RATED, null, level.name(),
				text.isEmpty() ? null : text, fields);
		if (level.poor()) {
			CaseAddressee forCase = this.cases.addressee(caseId).orElseThrow();
			LocalDate due = this.calendar.addWorkingDays(LocalDate.now(this.clock), FOLLOW_UP_WORKING_DAYS).date();
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("level", level.name());
			variables.put("reason", text);
			String task = this.workbench.openSideTask(this, forCase, "差评整改", division.code(), Role.DIVISION_HEAD, due,
					variables);
			this.jdbc.update("UPDATE apl_rating SET follow_up_task = ? WHERE case_id = ?", task, caseId);
		}
		return mine(caseId).orElseThrow();
	}

	/**
	 * The rating of one of my cases, if I gave one.
	 * @param caseId case
	 * @return the rating
	 */
	@Transactional(readOnly = true)
	public Optional<RatingView> mine(long caseId) {
		this.cases.own(caseId);
		return this.jdbc
			.query("SELECT level, reason, rated_at, follow_up_task, follow_up_note, follow_up_at FROM apl_rating"
					+ " WHERE case_id = ?", (row, n) -> {
						Timestamp done = row.getTimestamp("follow_up_at");
						return new RatingView(caseId, RatingLevel.valueOf(row.getString("level")),
								row.getString("reason"), row.getTimestamp("rated_at").toInstant(),
								row.getString("follow_up_task") != null, row.getString("follow_up_note"),
								(done != null) ? done.toInstant() : null);
					}, caseId)
			.stream()
			.findFirst();
	}

	/**
	 * Ratings per service item and division of a department, for heads (their division),
	 * leaders and admins.
	 * @param departmentCode department
	 * @param from first day rated, or null
	 * @param to last day rated, or null
	 * @return one row per item and division
	 */
	@Transactional(readOnly = true)
	public List<RatingFigures> figures(String departmentCode, @Nullable LocalDate from, @Nullable LocalDate to) {
		AppUser me = this.currentUser.require();
		boolean wholeDepartment = me.has(Role.ADMIN)
				|| (me.has(Role.LEADER) && departmentCode.equals(me.departmentCode()));
		boolean ownDivision = me.has(Role.DIVISION_HEAD) && departmentCode.equals(me.departmentCode());
		if (!wholeDepartment && !ownDivision) {
			throw DomainException.forbidden("rating.error.figuresForbidden");
		}
		Timestamp since = (from != null) ? Timestamp.from(from.atStartOfDay(this.clock.getZone()).toInstant()) : null;
		Timestamp until = (to != null) ? Timestamp.from(to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant())
				: null;
		Map<String, Map<RatingLevel, Integer>> counts = new LinkedHashMap<>();
		Map<String, Integer> open = new LinkedHashMap<>();
		this.jdbc.query("SELECT item_code, division_code, level, COUNT(*) AS n,"
				+ " SUM(CASE WHEN follow_up_task IS NOT NULL AND follow_up_at IS NULL THEN 1 ELSE 0 END) AS open_n"
				+ " FROM apl_rating WHERE department_code = ? AND (? IS NULL OR division_code = ?)"
				+ " AND (? IS NULL OR rated_at >= ?) AND (? IS NULL OR rated_at < ?)"
				+ " GROUP BY item_code, division_code, level ORDER BY item_code, division_code", (row) -> {
					String key = row.getString("item_code") + "|" + row.getString("division_code");
					counts.computeIfAbsent(key, (k) -> new EnumMap<>(RatingLevel.class))
						.put(RatingLevel.valueOf(row.getString("level")), row.getInt("n"));
					open.merge(key, row.getInt("open_n"), Integer::sum);
				}, departmentCode, wholeDepartment ? null : me.divisionCode(),
				wholeDepartment ? null : me.divisionCode(), since, since, until, until);
		return counts.entrySet().stream().map((entry) -> {
			String[] key = entry.getKey().split("\\|", 2);
			Map<RatingLevel, Integer> byLevel = new EnumMap<>(RatingLevel.class);
			for (RatingLevel level : RatingLevel.values()) {
				byLevel.put(level, entry.getValue().getOrDefault(level, 0));
			}
			int total = byLevel.values().stream().mapToInt(Integer::intValue).sum();
			int satisfied = byLevel.get(RatingLevel.VERY_SATISFIED) + byLevel.get(RatingLevel.SATISFIED)
					+ byLevel.get(RatingLevel.BASIC);
			return new RatingFigures(key[0], key[1], byLevel, total, (total > 0) ? 100.0 * satisfied / total : 0.0,
					open.getOrDefault(entry.getKey(), 0));
		}).toList();
	}

	@Override
	public String step() {
		return FOLLOW_UP;
	}

	@Override
	public List<String> outcomes() {
		return List.of(RECTIFIED);
	}

	@Override
	public Asked asked(String taskId, Locale locale) {
		Map<String, Object> variables = this.taskService.getVariablesLocal(taskId);
		String level = String.valueOf(variables.get("level"));
		return new Asked(
				this.translations.getTranslation("rating.followUp.asked", locale,
						this.translations.getTranslation("rating.level." + level, locale)),
				String.valueOf(variables.getOrDefault("reason", "")));
	}

	/** The head records what was done about the poor rating; it lands in the trail. */
	@Override
	public void complete(InboxItem task, AppUser user, @Nullable String outcome, @Nullable String opinion) {
		if (!RECTIFIED.equals(outcome)) {
			throw DomainException.invalid("outcome", "task.error.outcome", String.valueOf(outcome), RECTIFIED);
		}
		String text = (opinion != null) ? opinion.strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid("opinion", "task.error.required", "opinion");
		}
		if (text.length() > 4000) {
			throw DomainException.invalid("opinion", "case.error.fieldTooLong", "opinion", 4000);
		}
		this.jdbc.update(
				"UPDATE apl_rating SET follow_up_by = ?, follow_up_note = ?, follow_up_at = ?" + " WHERE case_id = ?",
				user.username(), text, Timestamp.from(this.clock.instant()), task.caseId());
		this.history.recordTaskEvent(task.caseId(), user.username(), CaseHistoryType.TASK_COMPLETED, FOLLOW_UP,
				RECTIFIED, text, Map.of());
		this.taskService.complete(task.id());
	}

	/**
	 * Whether a case is closed: decided (or withdrawn) and with nothing left to do (a
	 * granted licence still to be delivered, a trip still to report on is not).
	 * @param view the case
	 * @return true once it may be rated
	 */
	public static boolean closed(CaseView view) {
		return view.status().isDecided() && view.step() == null;
	}

	/**
	 * The division whose head answers for the case: the one whose staff signed it off,
	 * else reviewed it, else took it in; by the routing table only if no step was
	 * completed by staff of the department.
	 */
	private DivisionRef handlingDivision(long caseId, String departmentCode, String itemCode) {
		Map<String, String> actors = this.cases.lastActors(caseId);
		for (String step : List.of("signOff", "review", "intake", "completenessCheck")) {
			Optional<DivisionRef> handled = Optional.ofNullable(actors.get(step))
				.flatMap(this.accounts::find)
				.filter((actor) -> departmentCode.equals(actor.departmentCode()) && actor.divisionCode() != null)
				.flatMap((actor) -> this.orgStructure.division(actor.divisionCode()));
			if (handled.isPresent()) {
				return handled.get();
			}
		}
		for (StepRole role : List.of(StepRole.SIGN_OFF, StepRole.REVIEW, StepRole.INTAKE)) {
			try {
				return this.orgStructure.responsibleDivision(departmentCode, itemCode, role);
			}
			catch (IllegalArgumentException ex) {
				// Not routed for this role: the next.
			}
		}
		throw new IllegalStateException("No division handles " + itemCode + " in " + departmentCode);
	}

	/**
	 * A rating as its applicant sees it.
	 *
	 * @param caseId case
	 * @param level the level
	 * @param reason the reason given, if any
	 * @param ratedAt when
	 * @param followedUp whether a follow-up was opened
	 * @param followUpNote what the division did, once recorded
	 * @param followUpAt when that was recorded
	 */
	public record RatingView(long caseId, RatingLevel level, @Nullable String reason, Instant ratedAt,
			boolean followedUp, @Nullable String followUpNote, @Nullable Instant followUpAt) {

	}

	/**
	 * Ratings of one service item handled by one division.
	 *
	 * @param item service item code
	 * @param division division code
	 * @param byLevel how many at each level
	 * @param total how many in all
	 * @param satisfiedPercent the share rated 基本满意 or better
	 * @param openFollowUps poor ratings not yet followed up
	 */
	public record RatingFigures(String item, String division, Map<RatingLevel, Integer> byLevel, int total,
			double satisfiedPercent, int openFollowUps) {

	}

}
