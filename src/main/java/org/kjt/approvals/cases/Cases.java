package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Phrase;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.documents.MaterialStore;
import org.kjt.approvals.documents.StoredMaterial;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Organisations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's commands on a case: create, upload, submit, answer a correction notice,
 * act at a step the process waits for them, withdraw. Each method checks who calls it
 * ({@link CaseAccess}) and locks the case row before changing it; the UI and the REST API
 * both call these. Writes answer where the case stands ({@link CaseRef}); the full view
 * is {@link CaseQueries#get}.
 */
@Service
public class Cases {

	private final CaseFileRepository cases;

	private final Catalogue catalogue;

	private final OrgStructure orgStructure;

	private final CaseAccess access;

	private final CaseVariables variables;

	private final MaterialStore materials;

	private final WorkingDayCalendar calendar;

	private final CaseClocks clocks;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final Clock clock;

	private final CaseProcesses processes;

	private final CaseForms forms;

	private final CaseHistory history;

	private final Organisations organisations;

	Cases(CaseFileRepository cases, Catalogue catalogue, OrgStructure orgStructure, CaseAccess access,
			CaseVariables variables, MaterialStore materials, WorkingDayCalendar calendar, CaseClocks clocks,
			RuntimeService runtimeService, TaskService taskService, Clock clock, CaseProcesses processes,
			CaseForms forms, CaseHistory history, Organisations organisations) {
		this.organisations = organisations;
		this.cases = cases;
		this.catalogue = catalogue;
		this.orgStructure = orgStructure;
		this.access = access;
		this.variables = variables;
		this.materials = materials;
		this.calendar = calendar;
		this.clocks = clocks;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.clock = clock;
		this.processes = processes;
		this.forms = forms;
		this.history = history;
	}

	/**
	 * Creates a draft application.
	 * @param departmentCode department applied to
	 * @param itemCode service item
	 * @param form form fields
	 * @return the draft
	 */
	@Transactional
	public CaseRef create(String departmentCode, String itemCode, Map<String, Object> form) {
		AppUser applicant = this.access.requireApplicant();
		if (departmentCode == null || this.orgStructure.department(departmentCode).isEmpty()) {
			throw DomainException.invalid("department", "case.error.unknownDepartment", departmentCode);
		}
		ServiceItem item = this.catalogue.require(departmentCode, itemCode);
		CaseFile file = new CaseFile(departmentCode, item, applicant.username(), applicant.displayName(),
				toJson(entered(item, checkForm(item, form))), this.clock.instant());
		this.cases.saveAndFlush(file);
		file.assignReference(reference(file));
		record(file, applicant.username(), CaseHistoryType.CREATED, null, null, null);
		return CaseRef.of(file);
	}

	/**
	 * Replaces the form of a draft (the draft is saved as it is; submission checks it).
	 * @param caseId case
	 * @param form form fields
	 * @return the case
	 */
	@Transactional
	public CaseRef saveDraft(long caseId, Map<String, Object> form) {
		CaseFile file = this.access.own(caseId);
		requireStatus(file, CaseStatus.DRAFT);
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		file.updateForm(toJson(entered(item, checkForm(item, form))), this.clock.instant());
		return CaseRef.of(file);
	}

	/**
	 * Uploads one material against the checklist: while drafting, or for an item a
	 * correction notice listed.
	 * @param caseId case
	 * @param materialCode checklist code
	 * @param fileName original file name
	 * @param content bytes
	 * @return the stored material
	 */
	@Transactional
	public CaseView.MaterialView upload(long caseId, String materialCode, String fileName, byte[] content) {
		CaseFile file = this.access.own(caseId);
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		MaterialRequirement requirement = item.material(materialCode)
			.orElseThrow(() -> DomainException.invalid("material", "case.error.unknownMaterial", materialCode));
		boolean gap = false;
		boolean correction = false;
		if (file.getStatus() == CaseStatus.CORRECTION_REQUESTED) {
			if (!correctionItems(file).contains(materialCode)) {
				throw DomainException.invalid("material", "case.error.materialNotListed", materialCode);
			}
			correction = true;
		}
		else if (file.getStatus() == CaseStatus.ACCEPTED
				&& this.variables.map(file, "gapItems").containsKey(materialCode)) {
			// 容缺受理: accepted with this item outstanding; it is handed in now.
			gap = true;
		}
		else {
			requireStatus(file, CaseStatus.DRAFT);
		}
		StoredMaterial stored = this.materials.store(caseRef(file), materialCode, fileName, content,
				requirement.types(), currentUser().username());
		if (gap) {
			// An ordinary upload is on record as its material row; a gap filled is an
			// event of the procedure.
			record(file, currentUser().username(), CaseHistoryType.GAP_FILLED, null, materialCode, stored.fileName());
		}
		if (gap || correction) {
			// Which gaps, or which items of the correction notice, have been handed in.
			String handedIn = gap ? "gapsFilled" : "correctedItems";
			List<String> filled = new ArrayList<>(this.variables.list(file, handedIn));
			if (!filled.contains(materialCode)) {
				filled.add(materialCode);
			}
			this.variables.set(file, handedIn, filled);
		}
		return CaseQueries.material(stored);
	}

	/**
	 * Submits a draft: every mandatory material must be there, the process's checks pass;
	 * the process starts and the limit of its first look at the submission runs from
	 * today.
	 * @param caseId case
	 * @return where the case stands
	 */
	@Transactional
	public CaseRef submit(long caseId) {
		CaseFile file = this.access.ownLocked(caseId);
		requireStatus(file, CaseStatus.DRAFT);
		// A draft is open to any account; applying is for a verified organisation.
		this.organisations.requireVerified(currentUser());
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		Set<String> uploaded = this.materials.list(caseRef(file))
			.stream()
			.map(StoredMaterial::materialCode)
			.collect(Collectors.toSet());
		Map<String, Object> form = form(file);
		List<String> missing = item.materials()
			.stream()
			.filter((material) -> material.mandatoryFor(form))
			.filter((material) -> !uploaded.contains(material.code()))
			.map(MaterialRequirement::name)
			.toList();
		if (!missing.isEmpty()) {
			// Named as the checklist names them, not by their codes.
			throw DomainException.invalid("materials", "case.error.missingMaterials", String.join("、", missing));
		}
		for (ServiceItem.FormField field : item.formFields()) {
			Object value = form.get(field.code());
			if (field.required() && !field.derived() && (value == null || value.toString().isBlank())) {
				throw DomainException.invalid(field.code(), "case.error.fieldRequired", field.name());
			}
		}
		LocalDate today = today();
		Map<String, Object> ruleVariables = new HashMap<>();
		CaseRules own = this.processes.rules(item.process()).orElse(null);
		if (own != null) {
			CaseRules.Checked checked = own.checkSubmission(new CaseRules.Submission(file.getId(), false,
					file.getDepartmentCode(), item, form, currentUser(), today, uploaded));
			Map<String, Object> withDerived = new LinkedHashMap<>(form);
			withDerived.putAll(checked.derived());
			file.updateForm(toJson(withDerived), this.clock.instant());
			ruleVariables.putAll(checked.variables());
		}
		// The first look at the submission has the process's own limit (Art. 32 for
		// licences).
		int intakeDays = (own != null) ? own.intakeWorkingDays() : 0;
		LocalDate intakeDeadline = (intakeDays > 0) ? this.calendar.addWorkingDays(today, intakeDays).date() : null;
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", file.getId());
		variables.put("departmentCode", file.getDepartmentCode());
		variables.put("itemCode", file.getItemCode());
		variables.put("applicant", file.getApplicantUsername());
		variables.put("referenceNo", file.getReferenceNo());
		variables.put("applicantName", file.getApplicantName());
		if (intakeDeadline != null) {
			variables.put("intakeDue", this.clocks.endOfDay(intakeDeadline));
		}
		variables.putAll(ruleVariables);
		// The case row exists before the engine creates the first task, so the inbox
		// finds it.
		file.submitted(null, this.clock.instant(), today, intakeDeadline, QueryCodes.next());
		this.cases.flush();
		String processInstanceId = this.runtimeService
			.startProcessInstanceByKey(item.process(), String.valueOf(file.getId()), variables)
			.getProcessInstanceId();
		// The first steps may already have moved the case on (accepted at once, filed).
		file.processStarted(processInstanceId);
		record(file, currentUser().username(), CaseHistoryType.SUBMITTED, null, null, null);
		return CaseRef.of(file);
	}

	/**
	 * Answers the correction notice: the listed materials were re-uploaded; intake starts
	 * again.
	 * @param caseId case
	 * @param note optional note to the office
	 * @return the case
	 */
	@Transactional
	public CaseRef resubmit(long caseId, String note) {
		CaseFile file = this.access.ownLocked(caseId);
		requireStatus(file, CaseStatus.CORRECTION_REQUESTED);
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(file.getProcessInstanceId())
			.taskDefinitionKey("correction")
			.singleResult();
		if (task == null) {
			throw DomainException.conflict("case.error.noCorrectionPending");
		}
		// Every item the notice lists is handed in again before intake looks at it anew.
		List<String> corrected = this.variables.list(file, "correctedItems");
		List<String> missing = correctionItems(file).stream()
			.filter((code) -> !corrected.contains(code))
			.sorted()
			.toList();
		if (!missing.isEmpty()) {
			ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
			throw DomainException.invalid("materials", "case.error.correctionIncomplete",
					missing.stream()
						.map((code) -> item.material(code).map(MaterialRequirement::name).orElse(code))
						.collect(Collectors.joining("、")));
		}
		record(file, currentUser().username(), CaseHistoryType.CORRECTION_ANSWERED, "correction", null,
				trimToNull(note));
		this.taskService.complete(task.getId());
		return CaseRef.of(file);
	}

	/**
	 * Completes a step the process waits for from the applicant (e.g. the work-permit
	 * card application), after the caller's own checks.
	 * @param caseId an own case
	 * @param step the applicant task's BPMN id
	 * @param eventType history entry type
	 * @param detail history detail, may be null
	 * @param variables variables to complete the task with
	 * @return the case
	 */
	@Transactional
	public CaseRef completeApplicantStep(long caseId, String step, HistoryType eventType, String detail,
			Map<String, Object> variables) {
		return applicantStep(caseId, step, variables,
				(file) -> record(file, currentUser().username(), eventType, step, null, detail));
	}

	/**
	 * Completes the applicant's own step, its history detail written by the system (read
	 * in each reader's language).
	 * @param caseId case
	 * @param step BPMN task id
	 * @param eventType history entry
	 * @param detail the detail
	 * @param variables process variables
	 * @return the case
	 */
	@Transactional
	public CaseRef completeApplicantStep(long caseId, String step, HistoryType eventType, Phrase detail,
			Map<String, Object> variables) {
		return applicantStep(caseId, step, variables,
				(file) -> this.history.record(file, currentUser().username(), eventType, step, null, detail));
	}

	/** The applicant's pending step: recorded first, then completed. */
	private CaseRef applicantStep(long caseId, String step, Map<String, Object> variables,
			Consumer<CaseFile> recording) {
		CaseFile file = this.access.ownLocked(caseId);
		Task task = applicantTask(file, step);
		if (task == null) {
			throw DomainException.conflict("case.error.stepNotPending", file.getReferenceNo());
		}
		recording.accept(file);
		this.taskService.complete(task.getId(), variables);
		return CaseRef.of(file);
	}

	/**
	 * Only the applicant's own tasks (category APPLICANT, assigned to them), never staff
	 * work.
	 */
	private Task applicantTask(CaseFile file, String step) {
		return (file.getProcessInstanceId() != null) ? this.taskService.createTaskQuery()
			.processInstanceId(file.getProcessInstanceId())
			.taskDefinitionKey(step)
			.taskCategory("APPLICANT")
			.taskAssignee(file.getApplicantUsername())
			.singleResult() : null;
	}

	/**
	 * The applicant changes the form at a step the process waits for them (revision after
	 * a return, a change of participants): the form is checked again as at submission and
	 * the step completed, all in one transaction.
	 * @param caseId an own case
	 * @param step the applicant task's BPMN id
	 * @param changes the changed form fields
	 * @param variables further variables to complete the task with
	 * @return the case
	 */
	@Transactional
	public CaseRef reviseAtStep(long caseId, String step, Map<String, Object> changes, Map<String, Object> variables) {
		CaseFile file = this.access.ownLocked(caseId);
		Task task = applicantTask(file, step);
		if (task == null) {
			throw DomainException.conflict("case.error.stepNotPending", file.getReferenceNo());
		}
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		Map<String, Object> form = new LinkedHashMap<>(form(file));
		form.putAll(entered(item, checkForm(item, changes)));
		Set<String> uploaded = this.materials.list(caseRef(file))
			.stream()
			.map(StoredMaterial::materialCode)
			.collect(Collectors.toSet());
		Map<String, Object> all = new HashMap<>(variables);
		CaseRules own = this.processes.rules(item.process()).orElse(null);
		if (own != null) {
			CaseRules.Checked checked = own.checkSubmission(new CaseRules.Submission(file.getId(), true,
					file.getDepartmentCode(), item, form, currentUser(), today(), uploaded));
			form.putAll(checked.derived());
			all.putAll(checked.variables());
		}
		file.updateForm(toJson(form), this.clock.instant());
		record(file, currentUser().username(), CaseHistoryType.REVISED, step, null,
				String.join(", ", changes.keySet()));
		this.taskService.complete(task.getId(), all);
		return CaseRef.of(file);
	}

	/**
	 * Deletes one of my drafts with its uploads: never submitted, nothing was received,
	 * so nothing is kept (a submitted case is withdrawn instead).
	 * @param caseId a draft of mine
	 */
	@Transactional
	public void deleteDraft(long caseId) {
		CaseFile file = this.access.ownLocked(caseId);
		requireStatus(file, CaseStatus.DRAFT);
		this.materials.discardAll(caseRef(file));
		this.history.forget(file.getId());
		this.cases.delete(file);
	}

	/**
	 * Withdraws a case that waits for the applicant at a step after its decision (e.g. an
	 * approved trip before departure).
	 * @param caseId an own case
	 * @param step the step it must be waiting at
	 * @param reason optional reason
	 * @return the case
	 */
	@Transactional
	public CaseRef withdrawAtStep(long caseId, String step, String reason) {
		CaseFile file = this.access.ownLocked(caseId);
		if (!step.equals(file.getCurrentStep()) || file.getProcessInstanceId() == null) {
			throw DomainException.conflict("case.error.stepNotPending", file.getReferenceNo());
		}
		this.runtimeService.setVariable(file.getProcessInstanceId(), "withdrawReason", trimToNull(reason));
		Execution subscribed = this.runtimeService.createExecutionQuery()
			.processInstanceId(file.getProcessInstanceId())
			.messageEventSubscriptionName("withdraw")
			.singleResult();
		if (subscribed == null) {
			throw DomainException.conflict("case.error.stepNotPending", file.getReferenceNo());
		}
		this.runtimeService.messageEventReceived("withdraw", subscribed.getId());
		return CaseRef.of(file);
	}

	/**
	 * Withdraws the application; possible any time before the decision.
	 * @param caseId case
	 * @param reason optional reason
	 * @return the case
	 */
	@Transactional
	public CaseRef withdraw(long caseId, String reason) {
		CaseFile file = this.access.ownLocked(caseId);
		if (file.getStatus() == CaseStatus.DRAFT) {
			file.status(CaseStatus.WITHDRAWN, this.clock.instant());
			record(file, currentUser().username(), CaseHistoryType.WITHDRAWN, null, null, trimToNull(reason));
			return CaseRef.of(file);
		}
		if (file.getStatus().isDecided()) {
			throw DomainException.conflict("case.error.alreadyDecided", file.getReferenceNo());
		}
		this.runtimeService.setVariable(file.getProcessInstanceId(), "withdrawReason", trimToNull(reason));
		Execution subscribed = this.runtimeService.createExecutionQuery()
			.processInstanceId(file.getProcessInstanceId())
			.messageEventSubscriptionName("withdraw")
			.singleResult();
		if (subscribed == null) {
			throw DomainException.conflict("case.error.alreadyDecided", file.getReferenceNo());
		}
		this.runtimeService.messageEventReceived("withdraw", subscribed.getId());
		return CaseRef.of(file);
	}

	private static void requireStatus(CaseFile file, CaseStatus expected) {
		if (file.getStatus() != expected) {
			throw DomainException.conflict("case.error.wrongStatus", file.getReferenceNo(), file.getStatus());
		}
	}

	private static Map<String, Object> entered(ServiceItem item, Map<String, Object> form) {
		return CaseForms.entered(item, form);
	}

	private Map<String, Object> checkForm(ServiceItem item, Map<String, Object> form) {
		return this.forms.check(item, form);
	}

	private String toJson(Map<String, Object> form) {
		return this.forms.toJson(form);
	}

	private Map<String, Object> form(CaseFile file) {
		return this.forms.form(file);
	}

	private Set<String> correctionItems(CaseFile file) {
		return this.variables.map(file, "correctionItems").keySet();
	}

	private AppUser currentUser() {
		return this.access.currentUser();
	}

	private String reference(CaseFile file) {
		String prefix = this.orgStructure.requireDepartment(file.getDepartmentCode()).referencePrefix();
		return "%s-%d-%06d".formatted(prefix, file.getCreatedAt().atZone(this.clock.getZone()).getYear(), file.getId());
	}

	static String caseRef(CaseFile file) {
		return "case-" + file.getId();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void record(CaseFile file, String actor, HistoryType type, @Nullable String step, @Nullable String outcome,
			@Nullable String detail) {
		this.history.record(file, actor, type, step, outcome, detail);
	}

	private static String trimToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
