package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.Execution;
import org.flowable.task.api.Task;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Masking;
import org.kjt.approvals.calendar.WorkingDayCalendar;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.documents.MaterialStore;
import org.kjt.approvals.documents.Notices;
import org.kjt.approvals.documents.StoredMaterial;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of a case and every read of one: create, upload, submit, answer a
 * correction notice, withdraw, follow. Each method checks who calls it; the UI and the
 * REST API both call these.
 */
@Service
public class Cases {

	/** Art. 32: the intake decision or correction notice within 5 working days. */
	public static final int INTAKE_WORKING_DAYS = 5;

	private final CaseFileRepository cases;

	private final CaseEventRepository events;

	private final Catalogue catalogue;

	private final OrgStructure orgStructure;

	private final CurrentUser currentUser;

	private final MaterialStore materials;

	private final Notices notices;

	private final WorkingDayCalendar calendar;

	private final CaseClocks clocks;

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final Clock clock;

	private final CaseProcesses processes;

	private final CaseForms forms;

	private final CaseHistory history;

	Cases(CaseFileRepository cases, CaseEventRepository events, Catalogue catalogue, OrgStructure orgStructure,
			CurrentUser currentUser, MaterialStore materials, Notices notices, WorkingDayCalendar calendar,
			CaseClocks clocks, RuntimeService runtimeService, TaskService taskService, Clock clock,
			CaseProcesses processes, CaseForms forms, CaseHistory history) {
		this.processes = processes;
		this.forms = forms;
		this.history = history;
		this.cases = cases;
		this.events = events;
		this.catalogue = catalogue;
		this.orgStructure = orgStructure;
		this.currentUser = currentUser;
		this.materials = materials;
		this.notices = notices;
		this.calendar = calendar;
		this.clocks = clocks;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.clock = clock;
	}

	/**
	 * Creates a draft application.
	 * @param departmentCode department applied to
	 * @param itemCode service item
	 * @param form form fields
	 * @return the draft
	 */
	@Transactional
	public CaseView create(String departmentCode, String itemCode, Map<String, Object> form) {
		AppUser applicant = requireApplicant();
		if (departmentCode == null || this.orgStructure.department(departmentCode).isEmpty()) {
			throw DomainException.invalid("department", "case.error.unknownDepartment", departmentCode);
		}
		ServiceItem item = this.catalogue.require(departmentCode, itemCode);
		CaseFile file = new CaseFile(departmentCode, item, applicant.username(), applicant.displayName(),
				toJson(entered(item, checkForm(form))), this.clock.instant());
		this.cases.saveAndFlush(file);
		file.assignReference(reference(file));
		record(file, applicant.username(), CaseHistoryType.CREATED, null, null, null);
		return view(file);
	}

	/**
	 * Replaces the form of a draft (the draft is saved as it is; submission checks it).
	 * @param caseId case
	 * @param form form fields
	 * @return the case
	 */
	@Transactional
	public CaseView saveDraft(long caseId, Map<String, Object> form) {
		CaseFile file = ownCase(caseId, true);
		requireStatus(file, CaseStatus.DRAFT);
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		file.updateForm(toJson(entered(item, checkForm(form))), this.clock.instant());
		return view(file);
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
		CaseFile file = ownCase(caseId, true);
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
		else if (file.getStatus() == CaseStatus.ACCEPTED && variableKeys(file, "gapItems").contains(materialCode)) {
			// 容缺受理: accepted with this item outstanding; it is handed in now.
			gap = true;
		}
		else {
			requireStatus(file, CaseStatus.DRAFT);
		}
		StoredMaterial stored = this.materials.store(caseRef(file), materialCode, fileName, content,
				requirement.types(), currentUser().username());
		record(file, currentUser().username(), gap ? CaseHistoryType.GAP_FILLED : CaseHistoryType.MATERIAL_UPLOADED,
				null, materialCode, stored.fileName() + " (SHA-256 " + stored.sha256() + ")");
		if (gap || correction) {
			// Which gaps, or which items of the correction notice, have been handed in.
			String handedIn = gap ? "gapsFilled" : "correctedItems";
			List<String> filled = new ArrayList<>(variableList(file, handedIn));
			if (!filled.contains(materialCode)) {
				filled.add(materialCode);
			}
			this.runtimeService.setVariable(file.getProcessInstanceId(), handedIn, filled);
		}
		return material(stored);
	}

	/**
	 * Submits a draft: every mandatory material must be there; the process starts and the
	 * Art. 32 intake limit runs from today.
	 * @param caseId case
	 * @return the case
	 */
	@Transactional
	public CaseView submit(long caseId) {
		CaseFile file = ownCaseLocked(caseId);
		requireStatus(file, CaseStatus.DRAFT);
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		Set<String> uploaded = this.materials.list(caseRef(file))
			.stream()
			.map(StoredMaterial::materialCode)
			.collect(Collectors.toSet());
		List<String> missing = item.materials()
			.stream()
			.filter(MaterialRequirement::mandatory)
			.map(MaterialRequirement::code)
			.filter((code) -> !uploaded.contains(code))
			.toList();
		if (!missing.isEmpty()) {
			throw DomainException.invalid("materials", "case.error.missingMaterials", String.join(", ", missing));
		}
		Map<String, Object> form = form(file);
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
			CaseRules.Checked checked = own.checkSubmission(
					new CaseRules.Submission(file.getDepartmentCode(), item, form, currentUser(), today, uploaded));
			Map<String, Object> withDerived = new LinkedHashMap<>(form);
			withDerived.putAll(checked.derived());
			file.updateForm(toJson(withDerived), this.clock.instant());
			ruleVariables.putAll(checked.variables());
		}
		LocalDate intakeDeadline = this.calendar.addWorkingDays(today, INTAKE_WORKING_DAYS).date();
		Map<String, Object> variables = new HashMap<>();
		variables.put("caseId", file.getId());
		variables.put("departmentCode", file.getDepartmentCode());
		variables.put("itemCode", file.getItemCode());
		variables.put("applicant", file.getApplicantUsername());
		variables.put("referenceNo", file.getReferenceNo());
		variables.put("applicantName", file.getApplicantName());
		variables.put("intakeDue", this.clocks.endOfDay(intakeDeadline));
		variables.put("onSiteInspection", item.onSiteInspection());
		variables.putAll(ruleVariables);
		// The case row exists before the engine creates the first task, so the inbox
		// finds it.
		file.submitted(null, this.clock.instant(), today, intakeDeadline);
		this.cases.flush();
		String processInstanceId = this.runtimeService
			.startProcessInstanceByKey(item.process(), String.valueOf(file.getId()), variables)
			.getProcessInstanceId();
		// The first steps may already have moved the case on (accepted at once, filed).
		file.processStarted(processInstanceId);
		record(file, currentUser().username(), CaseHistoryType.SUBMITTED, null, null, null);
		return view(file);
	}

	/**
	 * Answers the correction notice: the listed materials were re-uploaded; intake starts
	 * again.
	 * @param caseId case
	 * @param note optional note to the office
	 * @return the case
	 */
	@Transactional
	public CaseView resubmit(long caseId, String note) {
		CaseFile file = ownCaseLocked(caseId);
		requireStatus(file, CaseStatus.CORRECTION_REQUESTED);
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(file.getProcessInstanceId())
			.taskDefinitionKey("correction")
			.singleResult();
		if (task == null) {
			throw DomainException.conflict("case.error.noCorrectionPending");
		}
		// Every item the notice lists is handed in again before intake looks at it anew.
		List<String> corrected = variableList(file, "correctedItems");
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
		return view(file);
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
	public CaseView completeApplicantStep(long caseId, String step, HistoryType eventType, String detail,
			Map<String, Object> variables) {
		CaseFile file = ownCaseLocked(caseId);
		Task task = applicantTask(file, step);
		if (task == null) {
			throw DomainException.conflict("case.error.stepNotPending", file.getReferenceNo());
		}
		record(file, currentUser().username(), eventType, step, null, detail);
		this.taskService.complete(task.getId(), variables);
		return view(file);
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
	public CaseView reviseAtStep(long caseId, String step, Map<String, Object> changes, Map<String, Object> variables) {
		CaseFile file = ownCaseLocked(caseId);
		Task task = applicantTask(file, step);
		if (task == null) {
			throw DomainException.conflict("case.error.stepNotPending", file.getReferenceNo());
		}
		ServiceItem item = this.catalogue.require(file.getDepartmentCode(), file.getItemCode());
		Map<String, Object> form = new LinkedHashMap<>(form(file));
		form.putAll(entered(item, checkForm(changes)));
		Set<String> uploaded = this.materials.list(caseRef(file))
			.stream()
			.map(StoredMaterial::materialCode)
			.collect(Collectors.toSet());
		Map<String, Object> all = new HashMap<>(variables);
		CaseRules own = this.processes.rules(item.process()).orElse(null);
		if (own != null) {
			CaseRules.Checked checked = own.checkSubmission(
					new CaseRules.Submission(file.getDepartmentCode(), item, form, currentUser(), today(), uploaded));
			form.putAll(checked.derived());
			all.putAll(checked.variables());
		}
		file.updateForm(toJson(form), this.clock.instant());
		record(file, currentUser().username(), CaseHistoryType.REVISED, step, null,
				String.join(", ", changes.keySet()));
		this.taskService.complete(task.getId(), all);
		return view(file);
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
	public CaseView withdrawAtStep(long caseId, String step, String reason) {
		CaseFile file = ownCaseLocked(caseId);
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
		return view(file);
	}

	/**
	 * Where an own case stands, for a module's applicant checks before
	 * {@link #completeApplicantStep}.
	 * @param caseId an own case
	 * @return the case
	 */
	@Transactional(readOnly = true)
	public CaseView own(long caseId) {
		return view(ownCase(caseId, true));
	}

	/**
	 * Withdraws the application; possible any time before the decision.
	 * @param caseId case
	 * @param reason optional reason
	 * @return the case
	 */
	@Transactional
	public CaseView withdraw(long caseId, String reason) {
		CaseFile file = ownCaseLocked(caseId);
		if (file.getStatus() == CaseStatus.DRAFT) {
			file.status(CaseStatus.WITHDRAWN, this.clock.instant());
			record(file, currentUser().username(), CaseHistoryType.WITHDRAWN, null, null, trimToNull(reason));
			return view(file);
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
		return view(file);
	}

	/**
	 * The applicant's own cases, newest first, paged in the database.
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> mine(Pageable pageable) {
		AppUser user = requireApplicant();
		return this.cases.findByApplicantUsernameOrderByCreatedAtDesc(user.username(), pageable).map(this::summary);
	}

	/**
	 * The applicant's own cases of one service item, newest first, optionally only those
	 * waiting at one step; paged in the database.
	 * @param item service item code
	 * @param step BPMN task id, or null for any
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> mine(String item, String step, Pageable pageable) {
		AppUser user = requireApplicant();
		return this.cases.findOwnOfItem(user.username(), item, step, pageable).map(this::summary);
	}

	/**
	 * One case, if the caller may see it: its applicant, or staff of its department.
	 * @param caseId case
	 * @return the case with history, notices and materials
	 */
	@Transactional(readOnly = true)
	public CaseView get(long caseId) {
		return view(readable(caseId));
	}

	/**
	 * The content of an uploaded material, for those who may see the case.
	 * @param caseId case
	 * @param materialId material
	 * @return file name, type and bytes
	 */
	@Transactional(readOnly = true)
	public MaterialContent materialContent(long caseId, long materialId) {
		CaseFile file = readable(caseId);
		AppUser user = currentUser();
		// Materials carry personal data (passports, certificates): like the form's
		// personal
		// fields, only the divisions that handle the item open them.
		if (!user.username().equals(file.getApplicantUsername()) && !user.has(Role.ADMIN) && !handles(user, file)) {
			throw DomainException.forbidden("case.error.materialsRestricted", file.getReferenceNo());
		}
		return this.materials.content(materialId)
			.filter((content) -> content.meta().caseRef().equals(caseRef(file)))
			.orElseThrow(() -> DomainException.notFound("case.error.unknownMaterial", materialId));
	}

	/**
	 * What the pending correction notice asks for: material code → problem.
	 * @param caseId an own case
	 * @return the listed items, empty when no correction is pending
	 */
	@Transactional(readOnly = true)
	public Map<String, String> pendingCorrection(long caseId) {
		CaseFile file = ownCase(caseId, true);
		if (file.getStatus() != CaseStatus.CORRECTION_REQUESTED) {
			return Map.of();
		}
		Object items = this.runtimeService.getVariable(file.getProcessInstanceId(), "correctionItems");
		Map<String, String> listed = new LinkedHashMap<>();
		if (items instanceof Map<?, ?> map) {
			map.forEach((code, problem) -> listed.put(String.valueOf(code), String.valueOf(problem)));
		}
		return listed;
	}

	CaseFile readable(long caseId) {
		CaseFile file = this.cases.findById(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		AppUser user = currentUser();
		boolean own = user.username().equals(file.getApplicantUsername());
		boolean staffOfDepartment = user.isStaff() && file.getDepartmentCode().equals(user.departmentCode());
		if (!own && !staffOfDepartment && !user.has(Role.ADMIN)) {
			// Not 403: whether someone else's case exists is not the caller's business.
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		return file;
	}

	private CaseFile ownCase(long caseId, boolean applicantOnly) {
		AppUser user = applicantOnly ? requireApplicant() : currentUser();
		CaseFile file = this.cases.findById(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		if (!file.getApplicantUsername().equals(user.username())) {
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		return file;
	}

	private CaseFile ownCaseLocked(long caseId) {
		ownCase(caseId, true);
		return this.cases.lockById(caseId).orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
	}

	private AppUser requireApplicant() {
		AppUser user = currentUser();
		if (!user.has(Role.APPLICANT)) {
			throw DomainException.forbidden("case.error.applicantsOnly");
		}
		return user;
	}

	private AppUser currentUser() {
		return this.currentUser.require();
	}

	private static void requireStatus(CaseFile file, CaseStatus expected) {
		if (file.getStatus() != expected) {
			throw DomainException.conflict("case.error.wrongStatus", file.getReferenceNo(), file.getStatus());
		}
	}

	Set<String> correctionItems(CaseFile file) {
		Object items = (file.getProcessInstanceId() != null)
				? this.runtimeService.getVariable(file.getProcessInstanceId(), "correctionItems") : null;
		if (items instanceof Map<?, ?> map) {
			return map.keySet().stream().map(Object::toString).collect(Collectors.toSet());
		}
		return Set.of();
	}

	private Set<String> variableKeys(CaseFile file, String name) {
		Object items = (file.getProcessInstanceId() != null)
				? this.runtimeService.getVariable(file.getProcessInstanceId(), name) : null;
		if (items instanceof Map<?, ?> map) {
			return map.keySet().stream().map(Object::toString).collect(Collectors.toSet());
		}
		return Set.of();
	}

	private List<String> variableList(CaseFile file, String name) {
		Object items = this.runtimeService.getVariable(file.getProcessInstanceId(), name);
		if (items instanceof Collection<?> collection) {
			return collection.stream().map(Object::toString).toList();
		}
		return List.of();
	}

	private static Map<String, Object> entered(ServiceItem item, Map<String, Object> form) {
		return CaseForms.entered(item, form);
	}

	/**
	 * Personal data only for the applicant and the staff who handle the case: those of a
	 * division the routing table names for one of the item's steps.
	 */
	private Map<String, Object> visibleForm(CaseFile file, ServiceItem item) {
		Map<String, Object> form = form(file);
		if (item == null || item.formFields().stream().noneMatch(ServiceItem.FormField::personal)) {
			return form;
		}
		AppUser user = this.currentUser.get().orElse(null);
		if (user != null && (user.username().equals(file.getApplicantUsername()) || handles(user, file))) {
			return form;
		}
		Map<String, Object> masked = new LinkedHashMap<>(form);
		item.formFields()
			.stream()
			.filter(ServiceItem.FormField::personal)
			.filter((field) -> masked.get(field.code()) != null)
			.forEach((field) -> masked.put(field.code(), Masking.any(masked.get(field.code()))));
		return masked;
	}

	private boolean handles(AppUser user, CaseFile file) {
		if (!user.isStaff() || !file.getDepartmentCode().equals(user.departmentCode()) || user.divisionCode() == null) {
			return false;
		}
		return this.orgStructure.isRouted(file.getDepartmentCode(), file.getItemCode(), user.divisionCode());
	}

	private Map<String, Object> checkForm(Map<String, Object> form) {
		return this.forms.check(form);
	}

	private String toJson(Map<String, Object> form) {
		return this.forms.toJson(form);
	}

	Map<String, Object> form(CaseFile file) {
		return this.forms.form(file);
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

	void record(CaseFile file, String actor, HistoryType type, String step, String outcome, String detail) {
		this.history.record(file, actor, type, step, outcome, detail);
	}

	CaseSummary summary(CaseFile file) {
		LocalDate deadline = (file.getDeadline() != null) ? file.getDeadline() : file.getIntakeDeadline();
		return new CaseSummary(file.getId(), file.getReferenceNo(), file.getDepartmentCode(), file.getItemCode(),
				file.getStatus(), file.getCurrentStep(), deadline, file.getCreatedAt());
	}

	CaseView view(CaseFile file) {
		ServiceItem serviceItem = this.catalogue.find(file.getItemCode()).orElse(null);
		String itemName = (serviceItem != null) ? serviceItem.name() : file.getItemCode();
		// The applicant follows every step, but staff's internal opinions and names stay
		// inside the department (the written notices are what the applicant receives).
		AppUser viewer = this.currentUser.get().orElse(null);
		boolean applicantView = viewer != null && !viewer.isStaff() && !viewer.has(Role.ADMIN);
		List<CaseView.HistoryEntry> history = this.events.findByCaseIdOrderByIdAsc(file.getId())
			.stream()
			.map((event) -> applicantView
					? new CaseView.HistoryEntry(event.getOccurredAt(),
							(event.getActor() != null && (event.getActor().equals(file.getApplicantUsername())
									|| "system".equals(event.getActor()))) ? event.getActor() : null,
							event.getType(), event.getStep(), event.getOutcome(),
							CaseHistoryType.TASK_COMPLETED.name().equals(event.getType()) ? null : event.getDetail())
					: new CaseView.HistoryEntry(event.getOccurredAt(), event.getActor(), event.getType(),
							event.getStep(), event.getOutcome(), event.getDetail()))
			.toList();
		List<CaseView.NoticeView> issued = this.notices.forCase(caseRef(file))
			.stream()
			.map((notice) -> new CaseView.NoticeView(notice.number(), notice.type().name(), notice.title(),
					notice.body(), notice.issuedAt()))
			.toList();
		List<CaseView.MaterialView> uploaded = this.materials.list(caseRef(file))
			.stream()
			.map(Cases::material)
			.toList();
		return new CaseView(file.getId(), file.getReferenceNo(), file.getDepartmentCode(), file.getItemCode(), itemName,
				file.getApplicantUsername(), file.getApplicantName(), file.getStatus(), file.getCurrentStep(),
				file.getCurrentDivision(), visibleForm(file, serviceItem), this.clocks.view(file), history, issued,
				uploaded, file.getCreatedAt());
	}

	private static CaseView.MaterialView material(StoredMaterial stored) {
		return new CaseView.MaterialView(stored.id(), stored.materialCode(), stored.fileName(), stored.type().name(),
				stored.size(), stored.sha256(), stored.uploadedAt());
	}

	private static String trimToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
