package org.kjt.approvals.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.Masking;
import org.kjt.approvals.documents.IssuedNotice;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.documents.MaterialStore;
import org.kjt.approvals.documents.Notices;
import org.kjt.approvals.documents.StoredMaterial;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read of a case: the full view (history, notices, materials, clock) with personal
 * data masked for those who do not handle the item, the applicant's lists, materials and
 * the pending correction notice. Each method checks who calls it.
 */
@Service
public class CaseQueries {

	private final JsonMapper json = JsonMapper.builder().build();

	private final CaseFileRepository cases;

	private final CaseEventRepository events;

	private final Catalogue catalogue;

	private final CaseAccess access;

	private final CaseForms forms;

	private final CaseVariables variables;

	private final CaseClocks clocks;

	private final MaterialStore materials;

	private final List<OutsideReaders> outsideReaders;

	private final Notices notices;

	private final Clock clock;

	CaseQueries(CaseFileRepository cases, CaseEventRepository events, Catalogue catalogue, CaseAccess access,
			CaseForms forms, CaseVariables variables, CaseClocks clocks, MaterialStore materials, Notices notices,
			Clock clock, java.util.List<StaffOnlyHistory> staffOnly, java.util.List<OutsideReaders> outsideReaders) {
		this.clock = clock;
		this.outsideReaders = List.copyOf(outsideReaders);
		java.util.Set<String> internal = new java.util.HashSet<>(INTERNAL);
		staffOnly.forEach((module) -> internal.addAll(module.staffOnlyTypes()));
		this.internal = Set.copyOf(internal);
		this.cases = cases;
		this.events = events;
		this.catalogue = catalogue;
		this.access = access;
		this.forms = forms;
		this.variables = variables;
		this.clocks = clocks;
		this.materials = materials;
		this.notices = notices;
	}

	/**
	 * Who last completed each of a case's steps, for the system's own routing (no caller
	 * to check: never answer a request with it).
	 * @param caseId case
	 * @return user name per BPMN task id
	 */
	@Transactional(readOnly = true)
	public Map<String, String> lastActors(long caseId) {
		Map<String, String> actors = new HashMap<>();
		for (CaseEvent event : this.events.findByCaseIdOrderByIdAsc(caseId)) {
			if (CaseHistoryType.TASK_COMPLETED.name().equals(event.getType()) && event.getStep() != null) {
				actors.put(event.getStep(), event.getActor());
			}
		}
		return actors;
	}

	/**
	 * The applicant to tell about a case, for messages the system sends on its own (no
	 * caller to check: never answer a request with it).
	 * @param caseId case
	 * @return the addressee, if the case exists
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<CaseAddressee> addressee(long caseId) {
		return this.cases.findById(caseId)
			.map((file) -> new CaseAddressee(file.getId(), file.getReferenceNo(), file.getApplicantUsername(),
					this.catalogue.find(file.getItemCode()).map(ServiceItem::name).orElse(file.getItemCode()),
					file.getDepartmentCode(), file.getItemCode(), file.getProcessKey(), file.getApplicantName(),
					file.getStatus()));
	}

	/**
	 * One case, if the caller may see it: its applicant, or staff of its department.
	 * @param caseId case
	 * @return the case with history, notices and materials
	 */
	@Transactional(readOnly = true)
	public CaseView get(long caseId) {
		return view(this.access.readable(caseId));
	}

	/**
	 * One of the calling applicant's own cases, for a module's applicant checks.
	 * @param caseId an own case
	 * @return the case
	 */
	@Transactional(readOnly = true)
	public CaseView own(long caseId) {
		return view(this.access.own(caseId));
	}

	/**
	 * The applicant's own cases, newest first, paged in the database.
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> mine(Pageable pageable) {
		AppUser user = this.access.requireApplicant();
		return this.cases.findByApplicantUsernameOrderByCreatedAtDesc(user.username(), pageable)
			.map(CaseQueries::summary);
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
	public Page<CaseSummary> mine(String item, @Nullable String step, Pageable pageable) {
		return mine(List.of(item), step, pageable);
	}

	/**
	 * The applicant's own cases of some service items, newest first, optionally only
	 * those waiting at one step; paged in the database.
	 * @param items service item codes
	 * @param step BPMN task id, or null for any
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> mine(Collection<String> items, @Nullable String step, Pageable pageable) {
		AppUser user = this.access.requireApplicant();
		return this.cases.findOwnOfItems(user.username(), items, step, pageable).map(CaseQueries::summary);
	}

	/**
	 * Cases of the calling staff member's department (drafts are the applicant's own and
	 * not listed), newest submission first, paged in the database.
	 * @param text reference number, credit code, or part of the applicant's name
	 * @param item service item code
	 * @param status status
	 * @param from submitted on or after
	 * @param to submitted on or before
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<CaseSummary> search(@Nullable String text, @Nullable String item, @Nullable CaseStatus status,
			@Nullable LocalDate from, @Nullable LocalDate to, Pageable pageable) {
		AppUser user = this.access.currentUser();
		if (!user.isStaff() || user.departmentCode() == null) {
			throw DomainException.forbidden("task.error.staffOnly");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw DomainException.invalid("to", "case.error.searchRange", from, to);
		}
		String exact = (text != null && !text.isBlank()) ? text.strip() : null;
		// Reference numbers and credit codes are written in capitals; typed in either.
		String code = (exact != null) ? exact.toUpperCase(java.util.Locale.ROOT) : null;
		if (exact != null && exact.length() > 200) {
			throw DomainException.invalid("q", "case.error.fieldTooLong", "q", 200);
		}
		// A LIKE pattern of the user's text, its own wildcards taken literally (escaped
		// with '!': MySQL reads a backslash in a literal as an escape itself).
		String like = (exact != null) ? "%" + exact.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
				: null;
		ZoneId zone = this.clock.getZone();
		Instant since = (from != null) ? from.atStartOfDay(zone).toInstant() : null;
		Instant until = (to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null;
		return this.cases
			.search(user.departmentCode(), code, like, (item != null && !item.isBlank()) ? item : null, status, since,
					until, pageable)
			.map(CaseQueries::summary);
	}

	/**
	 * The content of an uploaded material, for those who may see the case.
	 * @param caseId case
	 * @param materialId material
	 * @return file name, type and bytes
	 */
	@Transactional(readOnly = true)
	public MaterialContent materialContent(long caseId, long materialId) {
		AppUser user = this.access.currentUser();
		CaseFile file;
		if (readsFromOutside(user, caseId)) {
			// An outside reader reads what they are shown: the latest of each kind.
			file = this.access.existing(caseId);
			if (latestMaterials(file).stream().noneMatch((stored) -> stored.id() == materialId)) {
				throw DomainException.notFound("case.error.unknownMaterial", materialId);
			}
		}
		else {
			file = this.access.readable(caseId);
			// Materials carry personal data (passports, certificates): like the form's
			// personal fields, only the divisions that handle the item open them.
			if (!user.username().equals(file.getApplicantUsername()) && !user.has(Role.ADMIN)
					&& !this.access.handles(user, file)) {
				throw DomainException.forbidden("case.error.materialsRestricted", file.getReferenceNo());
			}
		}
		return this.materials.content(materialId)
			.filter((content) -> content.meta().caseRef().equals(Cases.caseRef(file)))
			.orElseThrow(() -> DomainException.notFound("case.error.unknownMaterial", materialId));
	}

	/**
	 * A case's current materials (the latest of each kind) for a reader from outside the
	 * department whose work on it stands (an expert on its panel); anyone else is told
	 * there is no such case.
	 * @param caseId the case
	 * @return the materials, oldest kind first
	 */
	@Transactional(readOnly = true)
	public List<CaseView.MaterialView> materialsForOutsideReader(long caseId) {
		if (!readsFromOutside(this.access.currentUser(), caseId)) {
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		return latestMaterials(this.access.existing(caseId)).stream().map(CaseQueries::material).toList();
	}

	private List<StoredMaterial> latestMaterials(CaseFile file) {
		Map<String, StoredMaterial> latest = new LinkedHashMap<>();
		this.materials.list(Cases.caseRef(file))
			.stream()
			.sorted(Comparator.comparing(StoredMaterial::uploadedAt).thenComparing(StoredMaterial::id))
			.forEach((stored) -> latest.put(stored.materialCode(), stored));
		return List.copyOf(latest.values());
	}

	/**
	 * Whether the caller reads the case as an outside reader: not staff, applicant or
	 * admin, the case still under way (an outside reader's work ends with it), and a
	 * module that seats them says so.
	 */
	private boolean readsFromOutside(AppUser user, long caseId) {
		if (user.isStaff() || user.has(Role.APPLICANT) || user.has(Role.ADMIN)
				|| this.outsideReaders.stream().noneMatch((reader) -> reader.mayReadMaterials(user, caseId))) {
			return false;
		}
		return this.access.existing(caseId).getCurrentStep() != null;
	}

	/**
	 * What the pending correction notice asks for: material code → problem.
	 * @param caseId an own case
	 * @return the listed items, empty when no correction is pending
	 */
	@Transactional(readOnly = true)
	public Map<String, String> pendingCorrection(long caseId) {
		CaseFile file = this.access.own(caseId);
		if (file.getStatus() != CaseStatus.CORRECTION_REQUESTED) {
			return Map.of();
		}
		return this.variables.map(file, "correctionItems");
	}

	static CaseSummary summary(CaseFile file) {
		LocalDate deadline = (file.getDeadline() != null) ? file.getDeadline() : file.getIntakeDeadline();
		return new CaseSummary(file.getId(), file.getReferenceNo(), file.getDepartmentCode(), file.getItemCode(),
				file.getStatus(), file.getCurrentStep(), deadline, file.getCreatedAt(), file.getApplicantName(),
				file.getSubmittedAt());
	}

	/**
	 * History whose text stays inside the department: opinions and what one division
	 * asked another (the applicant reads the written notices instead).
	 */
	private static final Set<String> INTERNAL = Set.of(CaseHistoryType.TASK_COMPLETED.name(),
			CaseHistoryType.CONSULTATION_REQUESTED.name());

	/** The internal types with those the modules keep from applicants. */
	private final Set<String> internal;

	/** History types drawn from rows of their own instead of case events. */
	private static final Set<String> DERIVED = Set.of(CaseHistoryType.MATERIAL_UPLOADED.name(),
			CaseHistoryType.NOTICE_ISSUED.name());

	private Map<String, Object> fields(CaseEvent event) {
		String stored = event.getFieldsJson();
		if (stored == null) {
			return Map.of();
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		this.json.readValue(stored, Map.class).forEach((code, value) -> fields.put(String.valueOf(code), value));
		return fields;
	}

	CaseView view(CaseFile file) {
		ServiceItem serviceItem = this.catalogue.find(file.getItemCode()).orElse(null);
		String itemName = (serviceItem != null) ? serviceItem.name() : file.getItemCode();
		// The applicant follows every step, but staff's internal opinions and names stay
		// inside the department (the written notices are what the applicant receives).
		AppUser viewer = this.access.viewer().orElse(null);
		boolean applicantView = viewer != null && !viewer.isStaff() && !viewer.has(Role.ADMIN);
		List<IssuedNotice> notices = this.notices.forCase(Cases.caseRef(file));
		List<StoredMaterial> materials = this.materials.list(Cases.caseRef(file));
		List<CaseView.HistoryEntry> history = new ArrayList<>();
		for (CaseEvent event : this.events.findByCaseIdOrderByIdAsc(file.getId())) {
			if (DERIVED.contains(event.getType())) {
				// Rows of an earlier release: the material and notice rows tell it now.
				continue;
			}
			boolean hidden = applicantView && this.internal.contains(event.getType());
			history.add(applicantView
					? new CaseView.HistoryEntry(event.getOccurredAt(), visibleActor(file, event.getActor()),
							event.getType(), event.getStep(), event.getOutcome(), hidden ? null : event.getDetail(),
							Map.of(), hidden ? null : event.getPhrase())
					: new CaseView.HistoryEntry(event.getOccurredAt(), event.getActor(), event.getType(),
							event.getStep(), event.getOutcome(), event.getDetail(), fields(event), event.getPhrase()));
		}
		// An upload and a notice are on record as their own rows, so the history is drawn
		// from them rather than written twice.
		for (StoredMaterial stored : materials) {
			history.add(new CaseView.HistoryEntry(stored.uploadedAt(),
					applicantView ? visibleActor(file, stored.uploadedBy()) : stored.uploadedBy(),
					CaseHistoryType.MATERIAL_UPLOADED.name(), null, stored.materialCode(), stored.fileName(), Map.of(),
					null));
		}
		for (IssuedNotice notice : notices) {
			history.add(new CaseView.HistoryEntry(notice.issuedAt(), "system", CaseHistoryType.NOTICE_ISSUED.name(),
					null, notice.type(), notice.number() + " " + notice.title(), Map.of(), null));
		}
		history.sort(Comparator.comparing(CaseView.HistoryEntry::at));
		Function<String, String> masking = noticeMasking(file, serviceItem, viewer);
		List<CaseView.NoticeView> issued = notices.stream()
			.map((notice) -> new CaseView.NoticeView(notice.number(), notice.type(), notice.title(),
					masking.apply(notice.body()), notice.issuedAt()))
			.toList();
		List<CaseView.MaterialView> uploaded = materials.stream().map(CaseQueries::material).toList();
		return new CaseView(file.getId(), file.getReferenceNo(), file.getDepartmentCode(), file.getItemCode(), itemName,
				file.getApplicantUsername(), file.getApplicantName(), file.getStatus(), file.getCurrentStep(),
				file.getCurrentDivision(), visibleForm(file, serviceItem, viewer), this.clocks.view(file), history,
				issued, uploaded, file.getCreatedAt(), entitled(file, viewer) ? file.getQueryCode() : null,
				file.getSubmittedAt());
	}

	/**
	 * Personal data only for the applicant and the staff who handle the case: those of a
	 * division the routing table names for one of the item's steps.
	 */
	private Map<String, Object> visibleForm(CaseFile file, @Nullable ServiceItem item, @Nullable AppUser viewer) {
		Map<String, Object> form = this.forms.form(file);
		if (item == null || item.formFields().stream().noneMatch(ServiceItem.FormField::personal)) {
			return form;
		}
		if (entitled(file, viewer)) {
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

	/**
	 * A notice is addressed to the applicant (and, for a work permit, the person): it
	 * carries personal data in full (e.g. the passport number on the 工作许可通知). Every other
	 * reader sees it masked as in the form.
	 */
	private Function<String, String> noticeMasking(CaseFile file, @Nullable ServiceItem item,
			@Nullable AppUser viewer) {
		if (item == null || entitled(file, viewer)) {
			return Function.identity();
		}
		Map<String, Object> form = this.forms.form(file);
		Map<String, String> replacements = new LinkedHashMap<>();
		item.formFields()
			.stream()
			.filter(ServiceItem.FormField::personal)
			.map((field) -> form.get(field.code()))
			.filter((value) -> value != null && value.toString().strip().length() > 2)
			.forEach((value) -> {
				String raw = value.toString().strip();
				replacements.put(raw, Masking.any(raw));
				replacements.put(raw.toUpperCase(Locale.ROOT), Masking.any(raw.toUpperCase(Locale.ROOT)));
			});
		if (replacements.isEmpty()) {
			return Function.identity();
		}
		return (body) -> {
			String masked = body;
			for (Map.Entry<String, String> replacement : replacements.entrySet()) {
				masked = masked.replace(replacement.getKey(), replacement.getValue());
			}
			return masked;
		};
	}

	/**
	 * The applicant and the staff who handle the case: they see its personal data and
	 * query code.
	 */
	private boolean entitled(CaseFile file, @Nullable AppUser viewer) {
		return viewer != null
				&& (viewer.username().equals(file.getApplicantUsername()) || this.access.handles(viewer, file));
	}

	/** The applicant sees their own name and the system's, not staff's. */
	private static @Nullable String visibleActor(CaseFile file, @Nullable String actor) {
		return (actor != null && (actor.equals(file.getApplicantUsername()) || "system".equals(actor))) ? actor : null;
	}

	static CaseView.MaterialView material(StoredMaterial stored) {
		return new CaseView.MaterialView(stored.id(), stored.materialCode(), stored.fileName(), stored.type().name(),
				stored.size(), stored.sha256(), stored.uploadedAt());
	}

}
