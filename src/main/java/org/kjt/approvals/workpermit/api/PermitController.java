package org.kjt.approvals.workpermit.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.cases.CaseQueries;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.workpermit.PermitVerification;
import org.kjt.approvals.workpermit.PermitView;
import org.kjt.approvals.workpermit.PointsResult;
import org.kjt.approvals.workpermit.WorkPermits;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "work-permits", description = "Foreigners' work permits")
class PermitController {

	private final WorkPermits permits;

	private final CaseQueries queries;

	PermitController(WorkPermits permits, CaseQueries queries) {
		this.permits = permits;
		this.queries = queries;
	}

	@GetMapping(path = "/api/permits/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The work-permit card as a PDF with a QR code to its verification (its employer, and the"
			+ " staff of the divisions handling work permits)")
	ResponseEntity<byte[]> pdf(@PathVariable String number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"work-permit.pdf\"")
			.body(this.permits.pdf(number));
	}

	@GetMapping("/api/permits/{number}")
	@Operation(summary = "Verify a work permit: valid, expired or cancelled; category, employer, validity; only the"
			+ " name's initial and the nationality (public)")
	PermitVerification verify(@PathVariable String number) {
		return this.permits.verify(number);
	}

	@PostMapping("/api/work-permits/score")
	@Operation(summary = "Score an application form as entered so far (the age from the date of birth)")
	PointsResult score(@RequestBody Map<String, Object> form) {
		return this.permits.score(form);
	}

	@PostMapping("/api/cases/{id}/card-application")
	@Operation(summary = "After entry: apply for the work-permit card (within 15 days of entry)")
	CaseView applyForCard(@PathVariable long id, @RequestBody Map<String, String> body) {
		return this.queries.get(this.permits.applyForCard(id, body.get("entryDate")).id());
	}

	@GetMapping("/api/work-permits/mine")
	@Operation(summary = "The employer's work-permit cards, newest first")
	Page<PermitView> mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.permits.mine(Paging.of(page, size));
	}

	@PostMapping("/api/permits/{number}/cancellation")
	@Operation(summary = "Cancel a card once the contract has ended (due within 10 working days of the end)")
	PermitView cancel(@PathVariable String number, @RequestBody Map<String, String> body) {
		return this.permits.cancel(number, body.get("contractEnded"), body.get("reason"));
	}

}
