package org.kjt.approvals.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.documents.NoticeIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells applicants what happens to their cases: every written notice (acceptance,
 * non-acceptance, correction, suspension, extension, decision…) as it is issued, in the
 * same transaction; and, each morning, the steps of theirs due within three working days.
 */
@Component
class CaseNotifications {

	/** Working days ahead at which an applicant is reminded of a step of theirs. */
	static final int REMIND_WORKING_DAYS = 3;

	private static final Logger log = LoggerFactory.getLogger(CaseNotifications.class);

	private final Messages messages;

	private final CaseQueries cases;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final TransactionTemplate transaction;

	CaseNotifications(Messages messages, CaseQueries cases, TaskService tasks, RuntimeService runtime,
			WorkingDayCalendar calendar, Clock clock, PlatformTransactionManager transactions) {
		this.messages = messages;
		this.cases = cases;
		this.tasks = tasks;
		this.runtime = runtime;
		this.calendar = calendar;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@EventListener
	void noticeIssued(NoticeIssued notice) {
		if (!notice.caseRef().startsWith("case-")) {
			return;
		}
		long caseId = Long.parseLong(notice.caseRef().substring("case-".length()));
		this.cases.addressee(caseId)
			.ifPresent((to) -> this.messages.store(to, MessageKind.NOTICE,
					List.of(to.itemCode(), notice.type(), notice.number(), notice.title()),
					"notice:" + notice.number()));
	}

	/**
	 * Reminds applicants of their steps due within three working days (the hearing
	 * request, the post-return report…), once per step and due date. Every node runs it;
	 * the message's key keeps it to one.
	 * @return how many were reminded now
	 */
	@Scheduled(cron = "${approvals.messages.reminder-cron:0 0 8 * * *}", zone = "${approvals.zone:Asia/Shanghai}")
	int remindDeadlines() {
		ZoneId zone = this.clock.getZone();
		LocalDate today = LocalDate.now(this.clock);
		LocalDate horizon = this.calendar.addWorkingDays(today, REMIND_WORKING_DAYS).date();
		Date before = Date.from(horizon.plusDays(1).atStartOfDay(zone).toInstant());
		List<Task> due = this.tasks.createTaskQuery().taskCategory("APPLICANT").taskDueBefore(before).list();
		if (due.isEmpty()) {
			return 0;
		}
		Set<String> instances = due.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
		Map<String, String> caseOf = this.runtime.createProcessInstanceQuery()
			.processInstanceIds(instances)
			.list()
			.stream()
			.filter((instance) -> instance.getBusinessKey() != null)
			.collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
		int reminded = 0;
		for (Task task : due) {
			String caseId = caseOf.get(task.getProcessInstanceId());
			if (caseId == null) {
				continue;
			}
			LocalDate dueOn = LocalDate.ofInstant(task.getDueDate().toInstant(), zone);
			try {
				Boolean stored = this.transaction.execute((status) -> this.cases.addressee(Long.parseLong(caseId))
					.map((to) -> this.messages.store(to, MessageKind.DEADLINE_SOON,
							List.of(to.itemCode(), task.getTaskDefinitionKey(), dueOn.toString()),
							"due:" + task.getId() + ":" + dueOn))
					.orElse(false));
				if (Boolean.TRUE.equals(stored)) {
					reminded++;
				}
			}
			catch (RuntimeException ex) {
				// One case's failure does not keep the others from their reminder.
				log.warn("Could not remind the applicant of task {} of case {}", task.getId(), caseId, ex);
			}
		}
		return reminded;
	}

}
