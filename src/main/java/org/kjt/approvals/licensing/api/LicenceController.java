package org.kjt.approvals.licensing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.licensing.LicenceView;
import org.kjt.approvals.licensing.Licences;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "licences", description = "Public verification of licences")
class LicenceController {

	private final Licences licences;

	LicenceController(Licences licences) {
		this.licences = licences;
	}

	@GetMapping("/api/licences/{number}")
	@Operation(summary = "Verify a licence: valid, expired or revoked; holder, item, validity (public)")
	LicenceView verify(@PathVariable String number) {
		return this.licences.verify(number);
	}

}
