package org.kjt.approvals.security.api;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Registration;
import org.kjt.approvals.security.Role;
import org.kjt.approvals.security.StaffAccount;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
@Tag(name = "accounts", description = "Registration of applicants and the current user")
class AccountController {

	private final Accounts accounts;

	private final CurrentUser currentUser;

	AccountController(Accounts accounts, CurrentUser currentUser) {
		this.accounts = accounts;
		this.currentUser = currentUser;
	}

	@PostMapping(path = "/api/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register an applicant organisation and its first account (public)",
			description = "The organisation is pending until the approval office has checked its business licence:"
					+ " hand it in with the multipart form of this endpoint or later (PUT /api/organisation/licence).")
	AppUser register(@RequestBody Registration registration) {
		return this.accounts.registerApplicant(registration, null, null);
	}

	@PostMapping(path = "/api/registrations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register with the business licence: parts 'registration' (JSON) and 'licence' (file)")
	AppUser registerWithLicence(@RequestPart("registration") Registration registration,
			@RequestPart(name = "licence", required = false) MultipartFile licence) throws IOException {
		return this.accounts.registerApplicant(registration, (licence != null) ? licence.getOriginalFilename() : null,
				(licence != null) ? licence.getBytes() : null);
	}

	record NewStaff(String username, String password, String displayName, String department, String division,
			Set<Role> roles) {
	}

	@PostMapping("/api/admin/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a staff account in a division (admins)")
	AppUser createStaff(@RequestBody NewStaff staff) {
		return this.accounts.createStaff(staff.username(), staff.password(), staff.displayName(), staff.department(),
				staff.division(), (staff.roles() != null) ? staff.roles() : Set.of());
	}

	@GetMapping("/api/admin/staff")
	@Operation(summary = "The staff of a division (admins)")
	List<StaffAccount> staff(@RequestParam String department, @RequestParam String division) {
		return this.accounts.staffOfDivision(department, division);
	}

	record StaffChange(String displayName, String division, Set<Role> roles, boolean enabled) {
	}

	@PutMapping("/api/admin/staff/{username}")
	@Operation(summary = "Edit a staff account: name, division, roles, enabled (admins)",
			description = "A disabled account cannot log in; its API tokens stop working within 30 s.")
	StaffAccount updateStaff(@PathVariable String username, @RequestBody StaffChange change) {
		return this.accounts.updateStaff(username, change.displayName(), change.division(),
				(change.roles() != null) ? change.roles() : Set.of(), change.enabled());
	}

	record PasswordReset(String username, String temporaryPassword) {
	}

	@PostMapping("/api/admin/staff/{username}/password-reset")
	@Operation(summary = "Set a temporary password for a staff account (admins); it must be changed at the next log-in",
			description = "The answer carries the temporary password once. Until it is changed, the account's API"
					+ " requests other than POST /api/account/password answer 403.")
	PasswordReset resetPassword(@PathVariable String username) {
		return new PasswordReset(username, this.accounts.resetPassword(username));
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	@PostMapping("/api/account/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change my own password, proving the current one")
	void changePassword(@RequestBody PasswordChange change) {
		this.accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
	}

	@GetMapping("/api/me")
	@Operation(summary = "The authenticated user, its roles and division")
	AppUser me() {
		return this.currentUser.require();
	}

}
