package org.kjt.approvals.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A log-in account with its roles and, for staff, its department and division. */
@Entity
@Table(name = "app_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private AccountKind kind;

	@Column(name = "department_code", length = 32)
	private String departmentCode;

	@Column(name = "division_code", length = 64)
	private String divisionCode;

	@Column(name = "organisation_name", length = 200)
	private String organisationName;

	@Column(name = "credit_code", length = 18)
	private String creditCode;

	@Column(name = "contact_person", length = 64)
	private String contactPerson;

	@Column(length = 32)
	private String phone;

	@Column(length = 200)
	private String email;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "organisation_admin", nullable = false)
	private boolean organisationAdmin;

	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Column(name = "last_login_at")
	private Instant lastLoginAt;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", length = 32)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, AccountKind kind, Set<Role> roles,
			Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.kind = kind;
		this.roles = roles.isEmpty() ? new HashSet<>() : new HashSet<>(EnumSet.copyOf(roles));
		this.createdAt = createdAt;
	}

	void updateStaff(String displayName, String departmentCode, String divisionCode, Set<Role> roles, boolean enabled) {
		this.displayName = displayName;
		this.departmentCode = departmentCode;
		this.divisionCode = divisionCode;
		this.roles.clear();
		this.roles.addAll(roles);
		this.enabled = enabled;
	}

	void enableExpert(boolean enabled) {
		this.enabled = enabled;
	}

	void assignTo(String departmentCode, String divisionCode) {
		this.departmentCode = departmentCode;
		this.divisionCode = divisionCode;
	}

	void describeOrganisation(String organisationName, String creditCode, String contactPerson, String phone,
			String email) {
		this.organisationName = organisationName;
		this.creditCode = creditCode;
		this.contactPerson = contactPerson;
		this.phone = phone;
		this.email = email;
	}

	boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/**
	 * Counts a failed log-in and locks the account once the limit is reached.
	 * @return whether this failure locked the account
	 */
	boolean failedLogin(int maxFailures, Instant lockUntil) {
		this.failedLogins++;
		if (this.failedLogins >= maxFailures) {
			this.lockedUntil = lockUntil;
			this.failedLogins = 0;
			return true;
		}
		return false;
	}

	void succeededLogin() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void joinOrganisation(Long organisationId, boolean admin) {
		this.organisationId = organisationId;
		this.organisationAdmin = admin;
	}

	/**
	 * Removed from its organisation (e.g. an account that registered another's credit
	 * code before organisations were verified): it no longer acts for the organisation,
	 * holds nothing of it, and cannot log in.
	 */
	void leaveOrganisation() {
		this.organisationId = null;
		this.organisationAdmin = false;
		this.creditCode = null;
		this.enabled = false;
	}

	void administers(boolean admin) {
		this.organisationAdmin = admin;
	}

	Long getOrganisationId() {
		return this.organisationId;
	}

	boolean isOrganisationAdmin() {
		return this.organisationAdmin;
	}

	long getVersion() {
		return this.version;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	/** The owner's own choice: no change is due any more. */
	void changePasswordHash(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
		this.passwordChangedAt = at;
	}

	/**
	 * A temporary password set by an admin, to be changed at the next log-in; unlocked.
	 */
	void resetPassword(String passwordHash, Instant at) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = true;
		this.passwordChangedAt = at;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	AccountKind getKind() {
		return this.kind;
	}

	String getDepartmentCode() {
		return this.departmentCode;
	}

	String getDivisionCode() {
		return this.divisionCode;
	}

	String getOrganisationName() {
		return this.organisationName;
	}

	String getCreditCode() {
		return this.creditCode;
	}

	String getContactPerson() {
		return this.contactPerson;
	}

	String getPhone() {
		return this.phone;
	}

	String getEmail() {
		return this.email;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	int getFailedLogins() {
		return this.failedLogins;
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	Set<Role> getRoles() {
		return this.roles;
	}

	AppUser toAppUser() {
		return new AppUser(this.username, this.displayName, this.kind, Set.copyOf(this.roles), this.departmentCode,
				this.divisionCode, this.organisationName, this.creditCode, this.passwordChangeRequired);
	}

}
