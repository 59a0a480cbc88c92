package org.kjt.approvals.inbox;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseAddressee;
import org.kjt.approvals.cases.CaseHistory;
import org.kjt.approvals.cases.CaseHistoryType;
import org.kjt.approvals.cases.CaseLocks;
import org.kjt.approvals.cases.StepCompletion;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff workbench: queues read from {@code inbox_task} (paged in the database, one
 * query per page and one count), and every task action, each checking that the user works
 * in the task's department and division and may take the step.
 */
@Service
public class Workbench {

	/**
	 * At most this many tasks' cases are remembered (a few MB), then forgotten at once.
	 */
	private static final int REMEMBERED_TASKS = 50_000;

	private static final String COLUMNS = "task_id, case_id, department_code, reference_no, item_code, step, step_name,"
			+ " division_code," + " required_role, assignee, applicant_name, created_at, due_date, overdue";

	private final JdbcTemplate jdbc;

	private final CurrentUser currentUser;

	private final Accounts accounts;

	private final TaskService taskService;

	private final StepCompletion steps;

	private final CaseHistory cases;

	private final CaseLocks caseLocks;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final ObjectProvider<SideTask> sideTasks;

	/** The side tasks by step, looked up once rather than on every completion. */
	private volatile @Nullable Map<String, SideTask> sideTaskByStep;

	/**
	 * The case and department of each task this node has read (a queue page, a task
	 * opened): neither ever changes, so an action on a task listed before locks its case
	 * without reading the task first, and another department's is refused before any
	 * lock.
	 */
	private final Map<String, TaskCase> caseOfTask = new ConcurrentHashMap<>();

	private record TaskCase(long caseId, String department) {
	}

	Workbench(JdbcTemplate jdbc, CurrentUser currentUser, Accounts accounts, TaskService taskService,
			StepCompletion steps, CaseHistory cases, CaseLocks caseLocks, WorkingDayCalendar calendar, Clock clock,
			ObjectProvider<SideTask> sideTasks) {
		this.sideTasks = sideTasks;
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.accounts = accounts;
		this.taskService = taskService;
		this.steps = steps;
		this.cases = cases;
		this.caseLocks = caseLocks;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Optional queue filters.
	 *
	 * @param item service item code, or null
	 * @param step step (BPMN task id), or null
	 * @param reference a case's reference number, or null
	 */
	public record Filter(@Nullable String item, @Nullable String step, @Nullable String reference) {

		public static final Filter NONE = new Filter(null, null, null);

		public Filter(@Nullable String item, @Nullable String step) {
			this(item, step, null);
		}

	}

	/**
	 * My division's unclaimed tasks that my roles allow me to take, by due date.
	 * @param filter filters
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public QueuePage groupQueue(Filter filter, Pageable pageable) {
		AppUser user = staff();
		// One ordered index range per role branch (none required, or one the user has),
		// merged: an OR over the role would make the database sort the whole division's
		// queue.
		List<String> branches = new ArrayList<>();
		List<Object> branchArgs = new ArrayList<>();
		List<String> counts = new ArrayList<>();
		List<Object> countArgs = new ArrayList<>();
		long limit = pageable.getOffset() + pageable.getPageSize();
		List<String> roles = new ArrayList<>();
		roles.add(null);
		user.roles().forEach((role) -> roles.add(role.name()));
		for (String role : roles) {
			StringBuilder where = new StringBuilder(
					"department_code = ? AND division_code = ? AND assignee IS NULL AND required_role "
							+ ((role == null) ? "IS NULL" : "= ?"));
			List<Object> args = new ArrayList<>(List.of(user.departmentCode(), user.divisionCode()));
			if (role != null) {
				args.add(role);
			}
			filter(where, args, filter);
			branches.add("(SELECT " + COLUMNS + " FROM inbox_task WHERE " + where + " ORDER BY " + order(pageable)
					+ " LIMIT " + limit + ")");
			branchArgs.addAll(args);
			counts.add(boundedCount(where.toString()));
			countArgs.addAll(args);
		}
		branchArgs.add(pageable.getPageSize());
		branchArgs.add(pageable.getOffset());
		List<InboxItem> rows = this.jdbc.query("SELECT * FROM (" + String.join(" UNION ALL ", branches)
				+ ") queue ORDER BY " + order(pageable) + " LIMIT ? OFFSET ?", mapper(), branchArgs.toArray());
		return QueuePage.of(rows, pageable, total(rows, pageable, () -> this.jdbc
			.queryForObject("SELECT " + String.join(" + ", counts), Long.class, countArgs.toArray())));
	}

	/**
	 * The orders a queue can be read in: by due date (the default), received, reference.
	 */
	public static final Map<String, String> SORTS = Map.of("due", "due_date", "received", "created_at", "referenceNo",
			"reference_no");

	/**
	 * The queue's order from the page asked for: only the columns named in
	 * {@link #SORTS}, the task id breaking ties.
	 */
	private static String order(Pageable pageable) {
		if (pageable.getSort().isUnsorted()) {
			return "due_date, task_id";
		}
		StringBuilder order = new StringBuilder();
		for (Sort.Order by : pageable.getSort()) {
			String column = SORTS.get(by.getProperty());
			if (column == null) {
				throw DomainException.invalid("sort", "task.error.sort", by.getProperty(),
						String.join(", ", new java.util.TreeSet<>(SORTS.keySet())));
			}
			order.append(column).append(by.isDescending() ? " DESC" : "").append(", ");
		}
		return order.append("task_id").toString();
	}

	/**
	 * The queue's size: a page that is not full already tells it (the common case of a
	 * short queue costs no count), else the bounded count.
	 */
	private static long total(List<InboxItem> rows, Pageable pageable, Supplier<@Nullable Long> count) {
		if (!rows.isEmpty() && rows.size() < pageable.getPageSize()) {
			return pageable.getOffset() + rows.size();
		}
		if (rows.isEmpty() && pageable.getOffset() == 0) {
			return 0;
		}
		Long counted = count.get();
		return (counted != null) ? counted : 0;
	}

	/**
	 * A count that stops at {@link QueuePage#COUNT_LIMIT} + 1 rows: a queue of 100,000 is
	 * not read through to say "10,000+".
	 */
	private static String boundedCount(String where) {
		return "(SELECT COUNT(*) FROM (SELECT 1 FROM inbox_task WHERE " + where + " LIMIT "
				+ (QueuePage.COUNT_LIMIT + 1) + ") bounded)";
	}

	/**
	 * The tasks I hold, by due date.
	 * @param filter filters
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public QueuePage myTasks(Filter filter, Pageable pageable) {
		AppUser user = staff();
		return page(new StringBuilder("assignee = ?"), new ArrayList<>(List.of(user.username())), filter, pageable);
	}

	/**
	 * Every open task of my division, claimed or not: the division head's backlog.
	 * @param filter filters
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public QueuePage divisionBacklog(Filter filter, Pageable pageable) {
		AppUser user = staff();
		if (!user.has(Role.DIVISION_HEAD) && !user.has(Role.LEADER)) {
			throw DomainException.forbidden("task.error.headsOnly");
		}
		return page(new StringBuilder("department_code = ? AND division_code = ?"),
				new ArrayList<>(List.of(user.departmentCode(), user.divisionCode())), filter, pageable);
	}

	/**
	 * One open task, if it belongs to my division.
	 * @param taskId task
	 * @return the task
	 */
	@Transactional(readOnly = true)
	public InboxItem task(String taskId) {
		return accessible(staff(), taskId, false);
	}

	/**
	 * Takes a task from the group queue; of two staff claiming at once exactly one wins.
	 * @param taskId task
	 * @return the task, now mine
	 */
	@Transactional
	public InboxItem claim(String taskId) {
		AppUser user = staff();
		InboxItem task = locked(user, taskId);
		if (task.assignee() != null) {
			throw DomainException.conflict("task.error.alreadyClaimed", task.assignee());
		}
		requireRole(user, task);
		try {
			this.taskService.claim(taskId, user.username());
		}
		catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException ex) {
			throw DomainException.conflict("task.error.alreadyClaimed", "?");
		}
		// No case history row: the engine keeps who claimed the task and when.
		return task.heldBy(user.username());
	}

	/**
	 * Gives a task I hold back to the group queue.
	 * @param taskId task
	 * @return the task
	 */
	@Transactional
	public InboxItem unclaim(String taskId) {
		AppUser user = staff();
		InboxItem task = locked(user, taskId);
		requireHolder(user, task);
		this.taskService.unclaim(taskId);
		this.cases.recordTaskEvent(task.caseId(), user.username(), CaseHistoryType.RETURNED_TO_GROUP, task.step(),
				null);
		return task.heldBy(null);
	}

	/**
	 * Hands a task I hold (or, for the head, any task of the division) to a colleague of
	 * the same division who may take the step.
	 * @param taskId task
	 * @param colleague user name
	 * @return the task
	 */
	@Transactional
	public InboxItem transfer(String taskId, String colleague) {
		AppUser user = staff();
		InboxItem task = locked(user, taskId);
		if (!user.username().equals(task.assignee()) && !user.has(Role.DIVISION_HEAD)) {
			throw DomainException.forbidden("task.error.notYours");
		}
		AppUser target = this.accounts.findActive(colleague == null ? "" : colleague.strip())
			.filter((other) -> other.isStaff() && user.departmentCode().equals(other.departmentCode())
					&& user.divisionCode().equals(other.divisionCode()))
			.orElseThrow(() -> DomainException.invalid("assignee", "task.error.notColleague", colleague));
		requireRole(target, task);
		this.taskService.setAssignee(taskId, target.username());
		this.cases.recordTaskEvent(task.caseId(), user.username(), CaseHistoryType.TRANSFERRED, task.step(),
				"→ " + target.username());
		return task.heldBy(target.username());
	}

	/**
	 * Completes a task I hold with an outcome, a written opinion and the outcome's
	 * fields.
	 * @param taskId task
	 * @param outcome outcome code
	 * @param opinion written opinion
	 * @param fields the outcome's fields
	 */
	@Transactional
	public void complete(String taskId, String outcome, String opinion, Map<String, Object> fields) {
		AppUser user = staff();
		InboxItem task = locked(user, taskId);
		requireWorker(user, task);
		Optional<SideTask> side = sideTask(task.step());
		if (side.isPresent()) {
			// Not a step of the process (a consultation's answer, a rating's follow-up).
			side.get().complete(task, user, outcome, opinion);
			return;
		}
		this.steps.complete(task.caseId(), taskId, task.step(), user, outcome, opinion, fields);
	}

	/**
	 * The kind of task outside any process with this step code, if it is one.
	 * @param step a task's step
	 * @return its handler
	 */
	public Optional<SideTask> sideTask(String step) {
		Map<String, SideTask> byStep = this.sideTaskByStep;
		if (byStep == null) {
			// Looked up on first use, not when built: the side tasks depend on this bean.
			byStep = this.sideTasks.orderedStream()
				.collect(Collectors.toMap(SideTask::step, (side) -> side, (first, later) -> first));
			this.sideTaskByStep = byStep;
		}
		return Optional.ofNullable(byStep.get(step));
	}

	/**
	 * Opens a task outside any process in a division's queue, in the caller's
	 * transaction: the engine's task and its queue row.
	 * @param kind what kind of task
	 * @param forCase the case it is about
	 * @param name the task's name
	 * @param divisionCode the division whose queue it goes to
	 * @param requiredRole the role needed to take it, if any
	 * @param due its due day
	 * @param variables what the task carries
	 * @return the new task's id
	 */
	public String openSideTask(SideTask kind, CaseAddressee forCase, String name, String divisionCode,
			@Nullable Role requiredRole, LocalDate due, Map<String, Object> variables) {
		Task created = this.taskService.createTaskBuilder()
			.name(name)
			.taskDefinitionKey(kind.step())
			.scopeType(kind.step())
			.scopeId(String.valueOf(forCase.caseId()))
			.dueDate(
					java.util.Date.from(due.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant().minusSeconds(1)))
			.create();
		Map<String, Object> local = new LinkedHashMap<>(variables);
		local.put("caseId", forCase.caseId());
		this.taskService.setVariablesLocal(created.getId(), local);
		this.taskService.addCandidateGroup(created.getId(), divisionCode);
		this.jdbc.update(
				"INSERT INTO inbox_task (task_id, case_id, reference_no, process_key, item_code,"
						+ " department_code, division_code, required_role, assignee, step, step_name, applicant_name,"
						+ " created_at, due_date, overdue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
				created.getId(), forCase.caseId(), forCase.referenceNo(), forCase.processKey(), forCase.itemCode(),
				forCase.departmentCode(), divisionCode, (requiredRole != null) ? requiredRole.name() : null,
				kind.step(), name, forCase.applicantName(), Timestamp.from(this.clock.instant()),
				java.sql.Date.valueOf(due), false);
		return created.getId();
	}

	/**
	 * A task of mine to change, locked in the one order of every write: its case first,
	 * then the task row.
	 */
	InboxItem locked(AppUser user, String taskId) {
		TaskCase known = this.caseOfTask.get(taskId);
		if (known != null && !known.department().equals(user.departmentCode())) {
			throw DomainException.notFound("task.error.notFound", taskId);
		}
		long caseId = (known != null) ? known.caseId() : accessible(user, taskId, false).caseId();
		this.caseLocks.lock(caseId);
		// Read again under the case's lock (a locking read: the latest committed row),
		// the task's department and division checked.
		InboxItem task = accessible(user, taskId, true);
		if (task.caseId() != caseId) {
			throw new IllegalStateException("Task " + taskId + " is of case " + task.caseId() + ", not " + caseId);
		}
		return task;
	}

	/**
	 * Open tasks per holder (null: in the division's queue) of some divisions, with how
	 * many are overdue; for the dashboard, whose caller has checked who may read it.
	 * @param department department code
	 * @param divisions division codes
	 * @param today today
	 * @return one row per holder
	 */
	@Transactional(readOnly = true)
	public List<Workload> workload(String department, Collection<String> divisions, LocalDate today) {
		if (divisions.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		args.add(Date.valueOf(today));
		args.add(department);
		args.addAll(divisions);
		return this.jdbc.query(
				"SELECT assignee, COUNT(*) AS open_n,"
						+ " SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END) AS overdue_n FROM inbox_task"
						+ " WHERE department_code = ? AND division_code IN (" + marks(divisions.size()) + ")"
						+ " GROUP BY assignee ORDER BY COUNT(*) DESC",
				(rs, row) -> new Workload(rs.getString("assignee"), rs.getLong("open_n"), rs.getLong("overdue_n")),
				args.toArray());
	}

	/**
	 * Open tasks of some divisions due in a range of days, soonest first; for the
	 * dashboard, whose caller has checked who may read it.
	 * @param department department code
	 * @param divisions division codes
	 * @param from due on or after (null: any time before)
	 * @param until due before
	 * @param limit at most this many
	 * @return the tasks
	 */
	@Transactional(readOnly = true)
	public List<InboxItem> dueBetween(String department, Collection<String> divisions, @Nullable LocalDate from,
			LocalDate until, int limit) {
		if (divisions.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		args.add(department);
		args.addAll(divisions);
		if (from != null) {
			args.add(Date.valueOf(from));
		}
		args.add(Date.valueOf(until));
		args.add(limit);
		return this.jdbc.query("SELECT " + COLUMNS + " FROM inbox_task WHERE department_code = ? AND division_code IN ("
				+ marks(divisions.size()) + ")" + ((from != null) ? " AND due_date >= ?" : "")
				+ " AND due_date < ? ORDER BY due_date, task_id LIMIT ?", mapper(), args.toArray());
	}

	/**
	 * A holder's open tasks.
	 *
	 * @param assignee user name, or null for the division's queue
	 * @param open open tasks
	 * @param overdue of those, past their due date
	 */
	public record Workload(@Nullable String assignee, long open, long overdue) {

	}

	private static String marks(int count) {
		return String.join(", ", java.util.Collections.nCopies(count, "?"));
	}

	/** A task's row as written, for the command that just wrote it. */
	InboxItem written(String taskId) {
		return this.jdbc.queryForObject("SELECT " + COLUMNS + " FROM inbox_task WHERE task_id = ?", mapper(), taskId);
	}

	private InboxItem accessible(AppUser user, String taskId, boolean lock) {
		String sql = "SELECT " + COLUMNS + " FROM inbox_task WHERE task_id = ?" + (lock ? " FOR UPDATE" : "");
		List<Map.Entry<String, InboxItem>> found = this.jdbc.query(sql,
				(rs, row) -> Map.entry(rs.getString("department_code"), mapper().mapRow(rs, row)), taskId);
		if (found.isEmpty()) {
			throw DomainException.notFound("task.error.notFound", taskId);
		}
		InboxItem task = found.get(0).getValue();
		if (!found.get(0).getKey().equals(user.departmentCode())) {
			// Another department's task, even one the caller held before moving: whether
			// it exists is none of the caller's business.
			throw DomainException.notFound("task.error.notFound", taskId);
		}
		boolean ownDivision = user.divisionCode() != null && user.divisionCode().equals(task.division());
		if (!ownDivision && !user.username().equals(task.assignee())) {
			throw DomainException.forbidden("task.error.otherDivision", task.referenceNo());
		}
		return task;
	}

	static void requireHolder(AppUser user, InboxItem task) {
		if (!user.username().equals(task.assignee())) {
			throw DomainException.forbidden("task.error.notYours");
		}
	}

	/**
	 * The holder, who may still take the step: a role taken away after the claim stops
	 * the holder from completing it.
	 */
	static void requireWorker(AppUser user, InboxItem task) {
		requireHolder(user, task);
		requireRole(user, task);
	}

	private static void requireRole(AppUser user, InboxItem task) {
		if (task.requiredRole() != null && !user.has(Role.valueOf(task.requiredRole()))) {
			throw DomainException.forbidden("task.error.role", task.requiredRole());
		}
	}

	AppUser staff() {
		AppUser user = this.currentUser.require();
		if (!user.isStaff() || user.divisionCode() == null) {
			throw DomainException.forbidden("task.error.staffOnly");
		}
		return user;
	}

	private static void filter(StringBuilder where, List<Object> args, Filter filter) {
		if (filter != null && filter.item() != null && !filter.item().isBlank()) {
			where.append(" AND item_code = ?");
			args.add(filter.item());
		}
		if (filter != null && filter.step() != null && !filter.step().isBlank()) {
			where.append(" AND step = ?");
			args.add(filter.step());
		}
		if (filter != null && filter.reference() != null && !filter.reference().isBlank()) {
			where.append(" AND reference_no = ?");
			args.add(filter.reference().strip());
		}
	}

	private QueuePage page(StringBuilder where, List<Object> args, Filter filter, Pageable pageable) {
		filter(where, args, filter);
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(pageable.getPageSize());
		pageArgs.add(pageable.getOffset());
		List<InboxItem> rows = this.jdbc.query("SELECT " + COLUMNS + " FROM inbox_task WHERE " + where + " ORDER BY "
				+ order(pageable) + " LIMIT ? OFFSET ?", mapper(), pageArgs.toArray());
		return QueuePage.of(rows, pageable, total(rows, pageable, () -> this.jdbc
			.queryForObject("SELECT " + boundedCount(where.toString()), Long.class, args.toArray())));
	}

	private RowMapper<InboxItem> mapper() {
		LocalDate today = LocalDate.now(this.clock);
		return (ResultSet rs, int row) -> {
			Date due = rs.getDate("due_date");
			LocalDate dueDate = (due != null) ? due.toLocalDate() : null;
			if (this.caseOfTask.size() >= REMEMBERED_TASKS) {
				this.caseOfTask.clear();
			}
			this.caseOfTask.put(rs.getString("task_id"),
					new TaskCase(rs.getLong("case_id"), rs.getString("department_code")));
			return new InboxItem(rs.getString("task_id"), rs.getLong("case_id"), rs.getString("reference_no"),
					rs.getString("item_code"), rs.getString("step"), rs.getString("step_name"),
					rs.getString("division_code"), rs.getString("required_role"), rs.getString("assignee"),
					rs.getString("applicant_name"), rs.getTimestamp("created_at").toInstant(), dueDate,
					(dueDate != null) ? remaining(today, dueDate) : null, rs.getBoolean("overdue"));
		};
	}

	private int remaining(LocalDate today, LocalDate due) {
		return due.isBefore(today) ? -this.calendar.workingDaysBetween(due, today)
				: this.calendar.workingDaysBetween(today, due);
	}

}
