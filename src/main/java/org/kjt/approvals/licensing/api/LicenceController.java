package org.kjt.approvals.licensing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.licensing.LicenceView;
import org.kjt.approvals.licensing.Licences;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "licences", description = "The public register and verification of licences")
class LicenceController {

	private final Licences licences;

	LicenceController(Licences licences) {
		this.licences = licences;
	}

	@GetMapping("/api/licences")
	@Operation(summary = "The public register of granted licences, newest first (public, Art. 40)",
			description = "department: jilin or liaoning (all when absent); q: words of the holder's name, the number or"
					+ " the scope")
	Page<LicenceView> register(@RequestParam(required = false) String department,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return this.licences.search(department, q, Paging.of(page, size));
	}

	@GetMapping(path = "/api/licences/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The licence as a PDF with a QR code to its verification (its holder, and the staff of the"
			+ " divisions handling the item)")
	ResponseEntity<byte[]> pdf(@PathVariable String number) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"licence.pdf\"")
			.body(this.licences.pdf(number));
	}

	@GetMapping("/api/licences/{number}")
	@Operation(summary = "Verify a licence: valid, expired or revoked; holder, item, validity (public)")
	LicenceView verify(@PathVariable String number) {
		return this.licences.verify(number);
	}

}
