package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.AppUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completes a staff step: the outcome and its fields are checked against the process's
 * step table, the process module adds what the outcome does, the opinion goes into the
 * case history and the engine moves on, all in one transaction. Callers (the workbench)
 * have already checked that the user holds the task.
 */
@Service
public class StepCompletion {

	private final CaseFileRepository cases;

	private final CaseLocks locks;

	private final CaseEventRepository events;

	private final CaseForms forms;

	private final CaseHistory history;

	private final Catalogue catalogue;

	private final CaseProcesses processes;

	private final StepFields stepFields;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	private final Clock clock;

	StepCompletion(CaseFileRepository cases, CaseEventRepository events, CaseForms forms, CaseHistory history,
			Catalogue catalogue, CaseProcesses processes, StepFields stepFields, TaskService taskService,
			RuntimeService runtimeService, Clock clock, CaseLocks locks) {
		this.locks = locks;
		this.cases = cases;
		this.events = events;
		this.forms = forms;
		this.history = history;
		this.catalogue = catalogue;
		this.processes = processes;
		this.stepFields = stepFields;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.clock = clock;
	}

	/**
	 * The outcomes of a case's step as they stand for that case (e.g. once the one
	 * correction notice has been issued, intake may not ask for corrections again).
	 * @param caseId case
	 * @param processKey BPMN process key
	 * @param step BPMN task id
	 * @return outcome codes in display order
	 */
	@Transactional(readOnly = true)
	public List<String> outcomes(long caseId, String processKey, String step) {
		CaseRules rules = this.processes.require(processKey);
		Steps.Step declared = rules.steps().step(step).orElse(null);
		if (declared == null) {
			return List.of();
		}
		return this.cases.findById(caseId)
			.map((file) -> rules.offered(declared, CaseFacts.of(file)))
			.orElse(declared.outcomeCodes());
	}

	/**
	 * The fields an outcome asks for, for the task form.
	 * @param processKey BPMN process key
	 * @param step BPMN task id
	 * @param outcome outcome code
	 * @return the fields
	 */
	public List<Steps.Field> fields(String processKey, String step, String outcome) {
		return this.processes.step(processKey, step)
			.flatMap((declared) -> declared.outcome(outcome))
			.map(Steps.Outcome::fields)
			.orElse(List.of());
	}

	/**
	 * Checks and completes a step.
	 * @param caseId the task's case
	 * @param taskId Flowable task id
	 * @param step BPMN task id
	 * @param actor the user completing it
	 * @param outcome chosen outcome
	 * @param opinion written opinion (required)
	 * @param fields the outcome's fields
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void complete(long caseId, String taskId, String step, AppUser actor, @Nullable String outcome,
			@Nullable String opinion, @Nullable Map<String, Object> fields) {
		CaseFile file = this.locks.locked(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		// The engine's own record must agree: this case's task, at this step, held by the
		// actor.
		Task engineTask = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (engineTask == null || !engineTask.getProcessInstanceId().equals(file.getProcessInstanceId())
				|| !step.equals(engineTask.getTaskDefinitionKey())) {
			throw DomainException.notFound("task.error.notFound", taskId);
		}
		if (!actor.username().equals(engineTask.getAssignee())) {
			throw DomainException.forbidden("task.error.notYours");
		}
		CaseRules rules = this.processes.require(file.getProcessKey());
		Steps.Step declared = rules.steps()
			.step(step)
			.orElseThrow(() -> DomainException.notFound("task.error.notFound", taskId));
		CaseFacts facts = CaseFacts.of(file);
		// Checked against every declared outcome: one the case no longer offers (a second
		// correction notice) is refused by the module with its own reason.
		Steps.Outcome chosen = (outcome != null) ? declared.outcome(outcome).orElse(null) : null;
		if (chosen == null) {
			throw DomainException.invalid("outcome", "task.error.outcome", String.valueOf(outcome),
					String.join(", ", rules.offered(declared, facts)));
		}
		String text = opinion(opinion);
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		Map<String, @Nullable Object> values = this.stepFields.check(chosen, (fields != null) ? fields : Map.of(),
				actor, file.getDepartmentCode(), item);
		Map<String, Object> variables = new HashMap<>();
		variables.put("outcome", chosen.code());
		chosen.fields().forEach((field) -> variables.put(field.variable(), values.get(field.code())));
		String processInstanceId = file.getProcessInstanceId();
		CaseRules.Completion completion = new CaseRules.Completion(caseId, facts, item, this.forms.form(file),
				(name) -> this.runtimeService.getVariable(processInstanceId, name), step, chosen.code(), values, text,
				actor, LocalDate.now(this.clock), history(file, actor));
		rules.complete(completion, variables);
		if (variables.get("proposal") != null) {
			file.proposal(variables.get("proposal").toString());
		}
		this.history.recordCompletion(file, actor.username(), step, chosen.code(), text, values);
		this.taskService.complete(taskId, variables);
	}

	private CaseRules.History history(CaseFile file, AppUser actor) {
		return new CaseRules.History() {

			@Override
			public Set<String> actorsOf(String step) {
				Set<String> actors = new LinkedHashSet<>();
				StepCompletion.this.events.findByCaseIdOrderByIdAsc(file.getId())
					.stream()
					.filter((event) -> CaseHistoryType.TASK_COMPLETED.name().equals(event.getType())
							&& step.equals(event.getStep()))
					.forEach((event) -> actors.add(event.getActor()));
				return actors;
			}

			@Override
			public @Nullable String lastActorOf(String step) {
				String last = null;
				for (CaseEvent event : StepCompletion.this.events.findByCaseIdOrderByIdAsc(file.getId())) {
					if (CaseHistoryType.TASK_COMPLETED.name().equals(event.getType()) && step.equals(event.getStep())) {
						last = event.getActor();
					}
				}
				return last;
			}

			@Override
			public void record(HistoryType type, String detail) {
				StepCompletion.this.history.record(file, actor.username(), type, file.getCurrentStep(), null, detail);
			}

		};
	}

	private static String opinion(@Nullable String opinion) {
		String text = (opinion != null) ? opinion.strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid("opinion", "task.error.required", "opinion");
		}
		if (text.length() > Steps.MAX_TEXT) {
			throw DomainException.invalid("opinion", "case.error.fieldTooLong", "opinion", Steps.MAX_TEXT);
		}
		return text;
	}

}
