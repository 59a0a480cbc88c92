package org.kjt.approvals.cases.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseSummary;
import org.kjt.approvals.cases.CaseRef;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.cases.CaseDiagram;
import org.kjt.approvals.cases.CasePaths;
import org.kjt.approvals.cases.CaseProgress;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseStatus;
import org.kjt.approvals.cases.Cases;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.NoticePrinting;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.documents.Attachments;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "cases", description = "Applications: create, upload materials, submit, correct, withdraw, follow")
class CaseController {

	private final Cases cases;

	private final CaseQueries queries;

	private final Catalogue catalogue;

	private final NoticePrinting printing;

	private final CasePaths paths;

	private final CaseProgress progress;

	CaseController(Cases cases, CaseQueries queries, Catalogue catalogue, NoticePrinting printing, CasePaths paths,
			CaseProgress progress) {
		this.paths = paths;
		this.progress = progress;
		this.cases = cases;
		this.queries = queries;
		this.catalogue = catalogue;
		this.printing = printing;
	}

	record CreateCase(String department, String item, Map<String, Object> form) {
	}

	record Reason(String reason) {
	}

	@GetMapping("/api/items")
	@Operation(summary = "The service catalogue per department (public, Art. 30)")
	List<ServiceItem> items(@RequestParam(required = false) String department) {
		return (department != null) ? this.catalogue.items(department) : this.catalogue.all();
	}

	@GetMapping("/api/items/{code}")
	@Operation(summary = "One service item with its legal basis, conditions and materials (public)")
	ServiceItem item(@PathVariable String code) {
		return this.catalogue.find(code).orElseThrow(() -> DomainException.notFound("case.error.unknownItem", code));
	}

	@PostMapping("/api/cases")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a draft application (applicants)",
			description = "Answers {id, referenceNo, status, step}; GET /api/cases/{id} gives the full case.")
	CaseRef create(@RequestBody CreateCase request) {
		return Transient.retry(() -> this.cases.create(request.department(), request.item(), request.form()));
	}

	@PutMapping("/api/cases/{id}/form")
	@Operation(summary = "Save the draft's form", description = "Answers {id, referenceNo, status, step}.")
	CaseRef saveDraft(@PathVariable long id, @RequestBody Map<String, Object> form) {
		return this.cases.saveDraft(id, form);
	}

	@PostMapping(path = "/api/cases/{id}/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload one material against the checklist (multipart: file, material)")
	CaseView.MaterialView upload(@PathVariable long id, @RequestParam("material") String material,
			@RequestParam("file") MultipartFile file) throws IOException {
		return this.cases.upload(id, material, file.getOriginalFilename(), file.getBytes());
	}

	@GetMapping("/api/cases/{id}/materials/{materialId}")
	@Operation(summary = "Download an uploaded material")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long materialId) {
		return Attachments.of(this.queries.materialContent(id, materialId));
	}

	@PostMapping("/api/cases/{id}/submit")
	@Operation(summary = "Submit the application", description = "Answers {id, referenceNo, status, step}.")
	CaseRef submit(@PathVariable long id) {
		return Transient.retry(() -> this.cases.submit(id));
	}

	@PostMapping("/api/cases/{id}/resubmit")
	@Operation(summary = "Answer the correction notice after re-uploading the listed materials",
			description = "Answers {id, referenceNo, status, step}.")
	CaseRef resubmit(@PathVariable long id, @RequestBody(required = false) Reason note) {
		return Transient.retry(() -> this.cases.resubmit(id, (note != null) ? note.reason() : null));
	}

	@PostMapping("/api/cases/{id}/withdraw")
	@Operation(summary = "Withdraw the application before the decision",
			description = "Answers {id, referenceNo, status, step}.")
	CaseRef withdraw(@PathVariable long id, @RequestBody(required = false) Reason reason) {
		return Transient.retry(() -> this.cases.withdraw(id, (reason != null) ? reason.reason() : null));
	}

	@GetMapping("/api/cases")
	@Operation(summary = "My cases (applicants), newest first")
	Page<CaseSummary> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.queries.mine(Paging.of(page, size));
	}

	@DeleteMapping("/api/cases/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one of my drafts with its uploads (a submitted case is withdrawn instead)")
	void deleteDraft(@PathVariable long id) {
		Transient.run(() -> this.cases.deleteDraft(id));
	}

	@GetMapping("/api/cases/search")
	@Operation(summary = "Cases of my department (staff): by reference number, credit code or applicant name,"
			+ " item, status and submission dates, newest first")
	Page<CaseSummary> search(@RequestParam(required = false) String q, @RequestParam(required = false) String item,
			@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.queries.search(q, item, status, from, to, Paging.of(page, size));
	}

	@GetMapping("/api/cases/{id}/diagram")
	@Operation(summary = "The case's process (BPMN XML with its diagram) and the activities passed and active (staff)")
	CaseDiagram diagram(@PathVariable long id) {
		return this.paths.diagram(id);
	}

	@GetMapping("/api/cases/{id}")
	@Operation(summary = "One case: status, step, division, clock, history, notices, materials")
	CaseView get(@PathVariable long id) {
		return this.queries.get(id);
	}

	@GetMapping(path = "/api/cases/{id}/notices/{index}",
			produces = { MediaType.TEXT_HTML_VALUE, MediaType.APPLICATION_PDF_VALUE })
	@Operation(summary = "A written notice of the case (0 = the first issued): a printable A4 HTML page, or with"
			+ " Accept: application/pdf the PDF (Chinese font embedded, a place for the seal, a QR code to the public"
			+ " progress page)")
	ResponseEntity<?> notice(@PathVariable long id, @PathVariable int index,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
		// HTML unless PDF is asked for by name (a browser's */* gets the page).
		if (accept != null && MediaType.parseMediaTypes(accept)
			.stream()
			.anyMatch((type) -> type.equalsTypeAndSubtype(MediaType.APPLICATION_PDF))) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"notice-" + id + "-" + index + ".pdf\"")
				.body(this.printing.pdf(id, index));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.printing.page(id, index));
	}

	@GetMapping(path = "/api/cases/{id}/receipt", produces = MediaType.TEXT_HTML_VALUE)
	@Operation(summary = "收件回执: what was received, when, and the query code, as a printable A4 page")
	ResponseEntity<String> receipt(@PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.printing.receipt(id));
	}

	@GetMapping("/api/progress")
	@Operation(summary = "办件进度 without logging in: status, steps and deadline of the case with this reference"
			+ " number, given the receipt's query code or the applicant's credit code; a wrong pair is a 404,"
			+ " failed look-ups are limited per client (429)")
	CaseProgress.Progress progress(@RequestParam(required = false) String reference,
			@RequestParam(required = false) String code) {
		return this.progress.lookup(reference, code);
	}

}
