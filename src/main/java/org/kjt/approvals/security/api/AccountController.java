package org.kjt.approvals.security.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Registration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "accounts", description = "Registration of applicants and the current user")
class AccountController {

	private final Accounts accounts;

	private final CurrentUser currentUser;

	AccountController(Accounts accounts, CurrentUser currentUser) {
		this.accounts = accounts;
		this.currentUser = currentUser;
	}

	@PostMapping("/api/registrations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an applicant organisation (public)")
	AppUser register(@RequestBody Registration registration) {
		return this.accounts.registerApplicant(registration);
	}

	@GetMapping("/api/me")
	@Operation(summary = "The authenticated user, its roles and division")
	AppUser me() {
		return this.currentUser.require();
	}

}
