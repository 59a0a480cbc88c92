package org.kjt.approvals.security.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.documents.Attachments;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.NewMember;
import org.kjt.approvals.security.OrganisationStatus;
import org.kjt.approvals.security.OrganisationView;
import org.kjt.approvals.security.Organisations;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "organisations", description = "Applicant organisations: verification, business licence, users")
class OrganisationController {

	private final Organisations organisations;

	OrganisationController(Organisations organisations) {
		this.organisations = organisations;
	}

	record Decision(boolean approve, @Nullable String reason) {
	}

	record Reason(@Nullable String reason) {
	}

	record HandOver(@Nullable String username, @Nullable String reason) {
	}

	@GetMapping("/api/organisation")
	@Operation(summary = "My organisation: verification status, business licence, users (its administrator)")
	OrganisationView mine() {
		return this.organisations.mine();
	}

	@PutMapping(path = "/api/organisation/licence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Hand in the business licence (its administrator; again after a refusal)")
	OrganisationView licence(@RequestPart("file") MultipartFile file) throws IOException {
		return this.organisations.uploadLicence(file.getOriginalFilename(), file.getBytes());
	}

	@PostMapping("/api/organisation/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a user to my organisation (its administrator, once verified)")
	AppUser addUser(@RequestBody NewMember member) {
		return this.organisations.addMember(member);
	}

	@GetMapping("/api/organisations")
	@Operation(summary = "The verification queue of my department, oldest first (approval-office staff)")
	Page<OrganisationView> queue(@RequestParam(required = false) OrganisationStatus status,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return this.organisations.queue(status, Paging.of(page, size));
	}

	@GetMapping("/api/organisations/{id}")
	@Operation(summary = "One organisation (approval-office staff of its department, or its own users)")
	OrganisationView get(@PathVariable long id) {
		return this.organisations.get(id);
	}

	@GetMapping("/api/organisations/{id}/licence/{documentId}")
	@Operation(summary = "Download a business licence document")
	ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long documentId) {
		return Attachments.of(this.organisations.licence(id, documentId));
	}

	@PostMapping("/api/organisations/{id}/verification")
	@Operation(summary = "Verify ({\"approve\":true}) or refuse with reasons ({\"approve\":false,\"reason\":\"…\"})")
	OrganisationView decide(@PathVariable long id, @RequestBody Decision decision) {
		return decision.approve() ? this.organisations.verify(id) : this.organisations.refuse(id, decision.reason());
	}

	@PostMapping("/api/organisation/users/{username}/removal")
	@Operation(summary = "Remove a user from my organisation, with the reason (its administrator; not itself):"
			+ " the account is disabled")
	OrganisationView removeOwn(@PathVariable String username, @RequestBody Reason body) {
		return this.organisations.removeOwnMember(username, body.reason());
	}

	@PostMapping("/api/organisations/{id}/users/{username}/removal")
	@Operation(summary = "Remove a user from an organisation, with the reason (verifying staff of its department)")
	OrganisationView remove(@PathVariable long id, @PathVariable String username, @RequestBody Reason body) {
		return this.organisations.removeMember(id, username, body.reason());
	}

	@PostMapping("/api/organisations/{id}/administrator")
	@Operation(summary = "Hand the organisation's administration to another of its users, with the reason"
			+ " (verifying staff of its department)")
	OrganisationView handOver(@PathVariable long id, @RequestBody HandOver body) {
		return this.organisations.handOver(id, body.username(), body.reason());
	}

}
