package org.kjt.approvals.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.flowable.engine.TaskService;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outcomes each step offers and the fields each outcome requires, checked before the
 * task is completed; then the opinion goes into the case history and the engine moves on,
 * all in one transaction. Callers (the workbench) have already checked that the user
 * holds the task.
 */
@Service
public class StepCompletion {

	/** Art. 48: notified at least this many days before the hearing. */
	static final int HEARING_NOTICE_DAYS = 7;

	/** Art. 48: held within this many days of the request. */
	static final int HEARING_WITHIN_DAYS = 20;

	private static final int MAX_TEXT = 2000;

	private final CaseFileRepository cases;

	private final Cases caseService;

	private final CaseEventRepository events;

	private final Catalogue catalogue;

	private final Accounts accounts;

	private final TaskService taskService;

	private final org.flowable.engine.RuntimeService runtimeService;

	private final List<CaseRules> rules;

	private final java.time.Clock clock;

	StepCompletion(CaseFileRepository cases, Cases caseService, CaseEventRepository events, Catalogue catalogue,
			Accounts accounts, TaskService taskService, org.flowable.engine.RuntimeService runtimeService,
			List<CaseRules> rules, java.time.Clock clock) {
		this.runtimeService = runtimeService;
		this.rules = rules;
		this.clock = clock;
		this.cases = cases;
		this.caseService = caseService;
		this.events = events;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.taskService = taskService;
	}

	/**
	 * The outcomes a step of a process offers.
	 * @param processKey BPMN process key
	 * @param step BPMN task id
	 * @return outcome codes, in display order
	 */
	public List<String> outcomes(String processKey, String step) {
		List<String> own = rulesFor(processKey).map((rules) -> rules.outcomes(step)).orElse(null);
		return (own != null) ? own : outcomes(step);
	}

	/**
	 * The outcomes of a case's step as they stand for that case: once the one correction
	 * notice has been issued (一次性告知), intake may not ask for corrections again.
	 * @param caseId case
	 * @param processKey BPMN process key
	 * @param step BPMN task id
	 * @return outcome codes in display order
	 */
	@Transactional(readOnly = true)
	public List<String> outcomes(long caseId, String processKey, String step) {
		List<String> offered = outcomes(processKey, step);
		if ("intake".equals(step) && offered.contains("correct")
				&& this.cases.findById(caseId).map((file) -> file.getCorrectionRounds() > 0).orElse(false)) {
			return offered.stream().filter((code) -> !"correct".equals(code)).toList();
		}
		return offered;
	}

	/**
	 * The fields an outcome asks for, where the process's own rules define them (the
	 * generic steps' forms are built by the task form itself).
	 * @param processKey BPMN process key
	 * @param step BPMN task id
	 * @param outcome outcome code
	 * @return the fields
	 */
	public List<CaseRules.OutcomeField> fields(String processKey, String step, String outcome) {
		return rulesFor(processKey).map((rules) -> rules.fields(step, outcome)).orElse(List.of());
	}

	java.util.Optional<CaseRules> rulesFor(String processKey) {
		return this.rules.stream().filter((rules) -> rules.handles(processKey)).findFirst();
	}

	static List<String> outcomes(String step) {
		return switch (step) {
			case "intake" -> List.of("accept", "correct", "reject");
			case "review" -> List.of("propose", "inspect", "expertReview", "testing", "hearing", "interestedParties");
			case "inspection", "expertReview", "testing", "hearing", "statements" -> List.of("done");
			case "hearingSchedule" -> List.of("schedule");
			case "signOff" -> List.of("approve", "sendBack", "requestExtension");
			case "extensionApproval" -> List.of("approve", "deny");
			case "delivery" -> List.of("delivered");
			default -> List.of();
		};
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
	public void complete(long caseId, String taskId, String step, AppUser actor, String outcome, String opinion,
			Map<String, Object> fields) {
		CaseFile file = this.cases.lockById(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		// The engine's own record must agree: this case's task, at this step, held by the
		// actor.
		org.flowable.task.api.Task engineTask = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (engineTask == null || !engineTask.getProcessInstanceId().equals(file.getProcessInstanceId())
				|| !step.equals(engineTask.getTaskDefinitionKey())) {
			throw DomainException.notFound("task.error.notFound", taskId);
		}
		if (!actor.username().equals(engineTask.getAssignee())) {
			throw DomainException.forbidden("task.error.notYours");
		}
		List<String> offered = outcomes(file.getProcessKey(), step);
		if (outcome == null || !offered.contains(outcome)) {
			throw DomainException.invalid("outcome", "task.error.outcome", String.valueOf(outcome),
					String.join(", ", offered));
		}
		String text = text("opinion", opinion);
		Map<String, Object> input = (fields != null) ? fields : Map.of();
		Map<String, Object> variables = new HashMap<>();
		variables.put("outcome", outcome);
		java.util.Optional<CaseRules> own = rulesFor(file.getProcessKey());
		if (own.isPresent()) {
			ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
			String processInstanceId = file.getProcessInstanceId();
			CaseRules.Completion completion = new CaseRules.Completion(caseId, file.getDepartmentCode(), item,
					this.caseService.form(file), (name) -> this.runtimeService.getVariable(processInstanceId, name),
					step, outcome, input, actor, java.time.LocalDate.now(this.clock));
			if (own.get().complete(completion, variables)) {
				if (variables.get("proposal") != null) {
					file.proposal(variables.get("proposal").toString());
				}
				this.caseService.record(file, actor.username(), "TASK_COMPLETED", step, outcome, text);
				this.taskService.complete(taskId, variables);
				return;
			}
		}
		switch (step + ":" + outcome) {
			case "intake:reject" -> {
				variables.put("reason", text("reason", input.get("reason")));
				if ("outsidePowers".equals(input.get("reasonType"))) {
					variables.put("competentAuthority", text("competentAuthority", input.get("competentAuthority")));
				}
				else {
					variables.put("competentAuthority", null);
				}
			}
			case "intake:correct" -> {
				// Art. 32: everything to correct is listed in one notice, once.
				if (file.getCorrectionRounds() > 0) {
					throw DomainException.conflict("task.error.singleCorrection", file.getReferenceNo());
				}
				variables.put("correctionItems", correctionItems(file, input.get("items")));
			}
			case "intake:acceptWithGaps" -> variables.put("gapItems", correctionItems(file, input.get("items")));
			case "review:propose" -> {
				Object proposal = input.get("proposal");
				if (!"grant".equals(proposal) && !"refuse".equals(proposal)) {
					throw DomainException.invalid("proposal", "task.error.proposal");
				}
				if (this.catalogue.require(file.getDepartmentCode(), file.getItemCode()).onSiteInspection()
						&& inspectors(file) < 2) {
					throw DomainException.conflict("task.error.inspectionFirst");
				}
				variables.put("proposal", proposal);
				variables.put("refusalReasons",
						"refuse".equals(proposal) ? text("refusalReasons", input.get("refusalReasons")) : null);
				file.proposal(proposal.toString());
			}
			case "review:inspect" -> {
				variables.put("inspectors", inspectorNames(actor, input.get("inspectors")));
				// Art. 45: the applicant is told in writing how long it takes.
				variables.put("expectedDuration", text("expectedDuration", input.get("expectedDuration")));
			}
			case "review:expertReview", "review:testing", "review:hearing" -> {
				variables.put("expectedDuration", text("expectedDuration", input.get("expectedDuration")));
				// What the hearing would be about, for the hearing-rights notice.
				variables.put("hearingMatter", text);
			}
			case "hearingSchedule:schedule" -> scheduleHearing(file, input, variables);
			case "review:interestedParties" ->
				variables.put("interestedParties", text("interestedParties", input.get("interestedParties")));
			case "statements:done" -> {
				// Art. 36: what the applicant and the interested parties said, heard
				// before
				// the proposal.
				String statements = text("statements", input.get("statements"));
				this.caseService.record(file, actor.username(), "STATEMENTS", step, null, statements);
			}
			case "hearing:done" -> {
				// Art. 48: the decision rests on the transcript the participants signed.
				String transcript = text("transcript", input.get("transcript"));
				variables.put("transcript", transcript);
				this.caseService.record(file, actor.username(), "HEARING_TRANSCRIPT", step, null, transcript);
			}
			case "signOff:requestExtension" -> {
				if (file.isExtended()) {
					throw DomainException.conflict("task.error.alreadyExtended", file.getReferenceNo());
				}
				if (!"RUNNING".equals(file.getClockState())) {
					throw DomainException.conflict("task.error.clockNotRunning", file.getClockState());
				}
				// Art. 42: extended when the decision cannot be made within the 20 days,
				// so
				// within them.
				if (file.getDeadline() != null && java.time.LocalDate.now(this.clock).isAfter(file.getDeadline())) {
					throw DomainException.conflict("task.error.deadlinePassed", file.getDeadline());
				}
				variables.put("extensionReason", text("extensionReason", input.get("extensionReason")));
			}
			case "delivery:delivered" -> variables.put("deliveryMethod", text("deliveryMethod", input.get("method")));
			default -> {
				// Outcomes without fields beyond the opinion.
			}
		}
		this.caseService.record(file, actor.username(), "TASK_COMPLETED", step, outcome, text);
		this.taskService.complete(taskId, variables);
	}

	/**
	 * Art. 48: held within 20 days of the request, notified at least 7 days before,
	 * presided over by staff of the department who did not examine the case.
	 */
	private void scheduleHearing(CaseFile file, Map<String, Object> input, Map<String, Object> variables) {
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		Object entered = input.get("hearingDate");
		java.time.LocalDate date;
		try {
			date = java.time.LocalDate.parse(text("hearingDate", entered));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw DomainException.invalid("hearingDate", "task.error.date", entered);
		}
		if (date.isBefore(today.plusDays(HEARING_NOTICE_DAYS))) {
			throw DomainException.invalid("hearingDate", "task.error.hearingTooSoon",
					today.plusDays(HEARING_NOTICE_DAYS));
		}
		Object requested = this.runtimeService.getVariable(file.getProcessInstanceId(), "hearingRequestedOn");
		java.time.LocalDate requestedOn = (requested != null) ? java.time.LocalDate.parse(requested.toString()) : today;
		if (date.isAfter(requestedOn.plusDays(HEARING_WITHIN_DAYS))) {
			throw DomainException.invalid("hearingDate", "task.error.hearingTooLate",
					requestedOn.plusDays(HEARING_WITHIN_DAYS));
		}
		String officer = text("presidingOfficer", input.get("presidingOfficer"));
		AppUser presiding = this.accounts.find(officer)
			.filter((user) -> user.isStaff() && file.getDepartmentCode().equals(user.departmentCode()))
			.orElseThrow(() -> DomainException.invalid("presidingOfficer", "task.error.presidingUnknown", officer));
		boolean examined = this.events.findByCaseIdOrderByIdAsc(file.getId())
			.stream()
			.anyMatch((event) -> "TASK_COMPLETED".equals(event.getType()) && "review".equals(event.getStep())
					&& presiding.username().equals(event.getActor()));
		if (examined) {
			throw DomainException.invalid("presidingOfficer", "task.error.presidingExaminer", presiding.displayName());
		}
		variables.put("hearingDate", date.toString());
		variables.put("presidingOfficer", presiding.username());
		variables.put("hearingPlace", text("hearingPlace", input.get("hearingPlace")));
	}

	private int inspectors(CaseFile file) {
		Set<String> actors = new LinkedHashSet<>();
		this.events.findByCaseIdOrderByIdAsc(file.getId())
			.stream()
			.filter((event) -> "TASK_COMPLETED".equals(event.getType()) && "inspection".equals(event.getStep()))
			.forEach((event) -> actors.add(event.getActor()));
		return actors.size();
	}

	/** Art. 34: at least two staff of the reviewer's own division. */
	private List<String> inspectorNames(AppUser actor, Object value) {
		Set<String> names = new LinkedHashSet<>();
		if (value instanceof Collection<?> collection) {
			collection.forEach((name) -> names.add(String.valueOf(name).strip()));
		}
		if (names.size() < 2) {
			throw DomainException.invalid("inspectors", "task.error.inspectors");
		}
		for (String name : names) {
			this.accounts.find(name)
				.filter((user) -> user.isStaff() && actor.departmentCode().equals(user.departmentCode())
						&& actor.divisionCode().equals(user.divisionCode()))
				.orElseThrow(() -> DomainException.invalid("inspectors", "task.error.inspector", name));
		}
		return List.copyOf(names);
	}

	private Map<String, String> correctionItems(CaseFile file, Object value) {
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		Map<String, String> items = new LinkedHashMap<>();
		if (value instanceof Map<?, ?> map) {
			map.forEach((code, problem) -> {
				String material = String.valueOf(code);
				if (item.material(material).isEmpty()) {
					throw DomainException.invalid("items", "case.error.unknownMaterial", material);
				}
				items.put(material, text("items." + material, problem));
			});
		}
		if (items.isEmpty()) {
			throw DomainException.invalid("items", "task.error.correctionItems");
		}
		return items;
	}

	private static String text(String field, Object value) {
		String text = (value != null) ? value.toString().strip() : "";
		if (text.isEmpty()) {
			throw DomainException.invalid(field, "task.error.required", field);
		}
		if (text.length() > MAX_TEXT) {
			throw DomainException.invalid(field, "case.error.fieldTooLong", field, MAX_TEXT);
		}
		return text;
	}

}
