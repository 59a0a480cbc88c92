package org.kjt.approvals.evaluation.api;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.evaluation.CertificateView;
import org.kjt.approvals.evaluation.Certificates;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "certificates", description = "The public register and verification of recognition certificates")
class CertificateController {

	private final Certificates certificates;

	CertificateController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/api/certificates")
	@Operation(summary = "The public register of certificates, newest first (public)",
			description = "department, item: filters; q: words of the holder's name, or the number")
	Page<CertificateView> register(@RequestParam(required = false) @Nullable String department,
			@RequestParam(required = false) @Nullable String item, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Locale locale) {
		return this.certificates.register(department, item, q, Paging.of(page, size), locale);
	}

	@GetMapping("/api/certificates/{number}")
	@Operation(summary = "Verify a certificate: holder, item, validity (public)")
	CertificateView verify(@PathVariable String number, Locale locale) {
		return this.certificates.verify(number, locale);
	}

}
