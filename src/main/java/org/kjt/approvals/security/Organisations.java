package org.kjt.approvals.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.documents.FileType;
import org.kjt.approvals.documents.MaterialContent;
import org.kjt.approvals.documents.MaterialStore;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicant organisations: one per credit code, verified by the approval office of its
 * department against its business licence before its accounts may submit or act as a
 * licence holder. Its administrator account (the one that registered it) hands in the
 * licence and adds the organisation's further users.
 */
@Service
public class Organisations {

	/** The checklist code of the business licence (or legal-person certificate). */
	static final String LICENCE = "business-licence";

	static final Set<FileType> LICENCE_TYPES = EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.OFD);

	private final OrganisationRepository organisations;

	private final UserAccountRepository users;

	private final Accounts accounts;

	private final MaterialStore materials;

	private final CurrentUser currentUser;

	private final OrganisationProperties properties;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	Organisations(OrganisationRepository organisations, UserAccountRepository users, Accounts accounts,
			MaterialStore materials, CurrentUser currentUser, OrganisationProperties properties,
			OrgStructure orgStructure, Clock clock, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
		this.organisations = organisations;
		this.users = users;
		this.accounts = accounts;
		this.materials = materials;
		this.currentUser = currentUser;
		this.properties = properties;
		this.clock = clock;
		this.properties.verifyingDivision().forEach((department, division) -> {
			if (orgStructure.division(division).filter((ref) -> ref.departmentCode().equals(department)).isEmpty()) {
				throw new IllegalStateException("approvals.organisations.verifying-division." + department + ": "
						+ division + " is no division of that department");
			}
		});
	}

	/**
	 * Whether the organisation with this credit code is verified.
	 * @param creditCode 统一社会信用代码
	 * @return true once the approval office has verified it
	 */
	@Transactional(readOnly = true)
	public boolean isVerified(@Nullable String creditCode) {
		return creditCode != null && this.organisations.findByCreditCode(creditCode)
			.filter((organisation) -> organisation.getStatus() == OrganisationStatus.VERIFIED)
			.isPresent();
	}

	/**
	 * Refuses an applicant whose organisation is not verified: drafts are open to it,
	 * submitting and a licence holder's acts are not.
	 * @param applicant the acting applicant
	 */
	@Transactional(readOnly = true)
	public void requireVerified(AppUser applicant) {
		if (!applicant.has(Role.APPLICANT)) {
			return;
		}
		if (!isVerified(applicant.creditCode())) {
			throw DomainException.forbidden("organisation.error.notVerified", applicant.organisationName(),
					applicant.creditCode());
		}
	}

	/**
	 * The caller's organisation, with its licence documents and, for its administrator,
	 * its users.
	 * @return the organisation
	 */
	@Transactional(readOnly = true)
	public OrganisationView mine() {
		UserAccount account = ownAccount();
		Organisation organisation = ownOrganisation(account);
		return view(organisation, account.isOrganisationAdmin());
	}

	/**
	 * Hands in the business licence (again, after a refusal): the organisation is back in
	 * the verification queue.
	 * @param fileName file name
	 * @param content the document
	 * @return the organisation
	 */
	@Transactional
	public OrganisationView uploadLicence(@Nullable String fileName, byte[] content) {
		UserAccount account = requireAdmin();
		Organisation organisation = ownOrganisation(account);
		if (organisation.getStatus() == OrganisationStatus.VERIFIED) {
			throw DomainException.conflict("organisation.error.alreadyVerified", organisation.getName());
		}
		this.materials.store(organisation.licenceRef(), LICENCE, (fileName != null) ? fileName : "", content,
				LICENCE_TYPES, account.getUsername());
		organisation.resubmitted();
		return view(organisation, true);
	}

	/**
	 * Adds a user to the caller's organisation: only its administrator, and only once it
	 * is verified.
	 * @param member the new user
	 * @return the new user
	 */
	@Transactional
	public AppUser addMember(NewMember member) {
		UserAccount admin = requireAdmin();
		Organisation organisation = ownOrganisation(admin);
		if (organisation.getStatus() != OrganisationStatus.VERIFIED) {
			throw DomainException.forbidden("organisation.error.notVerified", organisation.getName(),
					organisation.getCreditCode());
		}
		return this.accounts.createMember(organisation, admin, member);
	}

	/**
	 * The organisation's administrator removes one of its users (not itself): the account
	 * is disabled and no longer acts for the organisation.
	 * @param username the member
	 * @param reason why, kept on record
	 * @return the organisation
	 */
	// Read committed: the hand-over (MemberRemoved) finds the tasks and processes
	// committed up to the moment it locks the user's cases, not those of the
	// transaction's first read.
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public OrganisationView removeOwnMember(String username, @Nullable String reason) {
		UserAccount admin = requireAdmin();
		Organisation organisation = ownOrganisation(admin);
		UserAccount member = member(organisation, username);
		if (member.getId().equals(admin.getId())) {
			throw DomainException.conflict("organisation.error.removeSelf");
		}
		return remove(organisation, admin.getUsername(), member, admin.getUsername(), reason(reason));
	}

	/**
	 * The verifying staff remove a user from an organisation (e.g. an account that had
	 * registered another's credit code before organisations were verified, and became its
	 * administrator by migration), on the organisation's written request.
	 * @param id organisation
	 * @param username the member
	 * @param reason why, kept on record
	 * @return the organisation
	 */
	// Read committed: the hand-over (MemberRemoved) finds the tasks and processes
	// committed up to the moment it locks the user's cases, not those of the
	// transaction's first read.
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public OrganisationView removeMember(long id, String username, @Nullable String reason) {
		AppUser staff = requireVerifier();
		Organisation organisation = ofDepartment(staff, id);
		UserAccount member = member(organisation, username);
		if (member.isOrganisationAdmin()) {
			// An organisation always has an administrator: hand it over first.
			throw DomainException.conflict("organisation.error.removeAdmin", member.getUsername());
		}
		String why = reason(reason);
		UserAccount admin = this.users.findByOrganisationIdOrderByUsername(organisation.getId())
			.stream()
			.filter(UserAccount::isOrganisationAdmin)
			.findFirst()
			.orElseThrow(() -> DomainException.conflict("organisation.error.noAdmin", organisation.getName()));
		return remove(organisation, staff.username(), member, admin.getUsername(), why);
	}

	/**
	 * The verifying staff hand the organisation's administration to another of its users
	 * (checked against the organisation's written authorisation); the former
	 * administrator stays an ordinary user.
	 * @param id organisation
	 * @param username the new administrator, a user of the organisation
	 * @param reason why, kept on record
	 * @return the organisation
	 */
	@Transactional
	public OrganisationView handOver(long id, String username, @Nullable String reason) {
		AppUser staff = requireVerifier();
		Organisation organisation = ofDepartment(staff, id);
		if (username == null || username.isBlank()) {
			throw DomainException.invalid("username", "organisation.error.usernameRequired");
		}
		UserAccount admin = member(organisation, username);
		if (!admin.isEnabled()) {
			throw DomainException.conflict("organisation.error.memberDisabled", username);
		}
		if (admin.isOrganisationAdmin()) {
			throw DomainException.conflict("organisation.error.alreadyAdmin", admin.getUsername());
		}
		String why = reason(reason);
		this.accounts.handOver(this.users.findByOrganisationIdOrderByUsername(organisation.getId()), admin);
		record(organisation, staff.username(), "ADMIN_HANDED_OVER", admin.getUsername(), why);
		return view(organisation, true);
	}

	/**
	 * Disables the member, ends its sessions, hands what it held to the administrator and
	 * puts the removal on record.
	 */
	private OrganisationView remove(Organisation organisation, String actor, UserAccount member, String successor,
			String why) {
		this.accounts.removeFromOrganisation(member);
		this.events.publishEvent(new MemberRemoved(organisation.getId(), member.getUsername(), successor, actor));
		record(organisation, actor, "MEMBER_REMOVED", member.getUsername(), why);
		return view(organisation, true);
	}

	private UserAccount member(Organisation organisation, @Nullable String username) {
		return this.users.findByUsername((username != null) ? username.strip() : "")
			.filter((account) -> organisation.getId().equals(account.getOrganisationId()))
			.orElseThrow(
					() -> DomainException.notFound("organisation.error.noMember", username, organisation.getName()));
	}

	private static String reason(@Nullable String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > 1000) {
			throw DomainException.invalid("reason", "organisation.error.changeReason");
		}
		return why;
	}

	private Organisation ofDepartment(AppUser staff, long id) {
		return this.organisations.findById(id)
			.filter((found) -> found.getDepartmentCode().equals(staff.departmentCode()))
			.orElseThrow(() -> DomainException.notFound("organisation.error.notFound", id));
	}

	private void record(Organisation organisation, String actor, String kind, String username, String reason) {
		this.jdbc.update(
				"INSERT INTO app_organisation_change (organisation_id, changed_at, changed_by, kind, username, reason)"
						+ " VALUES (?, ?, ?, ?, ?, ?)",
				organisation.getId(), Timestamp.from(this.clock.instant()), actor, kind, username, reason);
	}

	/**
	 * The verification queue of the caller's department, oldest first.
	 * @param status which organisations (pending by default)
	 * @param pageable page
	 * @return the page
	 */
	@Transactional(readOnly = true)
	public Page<OrganisationView> queue(@Nullable OrganisationStatus status, Pageable pageable) {
		AppUser staff = requireVerifier();
		return this.organisations
			.findByDepartmentCodeAndStatusOrderByRegisteredAtAsc(staff.departmentCode(),
					(status != null) ? status : OrganisationStatus.PENDING, pageable)
			.map((organisation) -> view(organisation, false));
	}

	/**
	 * One organisation, for the verifying staff of its department or its own users.
	 * @param id organisation
	 * @return the organisation with its licence documents and users
	 */
	@Transactional(readOnly = true)
	public OrganisationView get(long id) {
		Organisation organisation = readable(id);
		// Its users and their changes: for the verifying staff and its administrator.
		AppUser user = this.currentUser.require();
		boolean detailed = user.isStaff()
				|| this.users.findByUsername(user.username()).map(UserAccount::isOrganisationAdmin).orElse(false);
		return view(organisation, detailed);
	}

	/**
	 * A business licence document, for the verifying staff or the organisation's users.
	 * @param id organisation
	 * @param documentId material id
	 * @return the document
	 */
	@Transactional(readOnly = true)
	public MaterialContent licence(long id, long documentId) {
		Organisation organisation = readable(id);
		return this.materials.content(documentId)
			.filter((content) -> content.meta().caseRef().equals(organisation.licenceRef()))
			.orElseThrow(() -> DomainException.notFound("organisation.error.documentNotFound", documentId));
	}

	/**
	 * Verifies an organisation: its business licence matches the name and credit code.
	 * @param id organisation
	 * @return the organisation
	 */
	@Transactional
	public OrganisationView verify(long id) {
		AppUser staff = requireVerifier();
		Organisation organisation = deciding(staff, id);
		if (this.materials.list(organisation.licenceRef()).isEmpty()) {
			throw DomainException.conflict("organisation.error.noLicence", organisation.getName());
		}
		organisation.verify(staff.username(), this.clock.instant());
		return view(organisation, true);
	}

	/**
	 * Refuses an organisation, with the reasons its administrator reads.
	 * @param id organisation
	 * @param reason why
	 * @return the organisation
	 */
	@Transactional
	public OrganisationView refuse(long id, @Nullable String reason) {
		AppUser staff = requireVerifier();
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty() || why.length() > 1000) {
			throw DomainException.invalid("reason", "organisation.error.reasonRequired");
		}
		Organisation organisation = deciding(staff, id);
		organisation.refuse(staff.username(), this.clock.instant(), why);
		return view(organisation, true);
	}

	/** A demo organisation and its first account, as registration makes them. */
	@Transactional
	void registerDemo(String username, String creditCode, String name, String department) {
		Organisation organisation = this.organisations.findByCreditCode(creditCode)
			.orElseGet(() -> this.organisations
				.save(new Organisation(creditCode, name, department, this.clock.instant())));
		if (organisation.getStatus() == OrganisationStatus.PENDING) {
			// New, or made pending by the migration; a refusal staff decided stands.
			organisation.verify("system", this.clock.instant());
		}
		this.users.findByUsername(username)
			.filter((account) -> account.getOrganisationId() == null)
			.ifPresent((account) -> account.joinOrganisation(organisation.getId(), true));
	}

	private Organisation deciding(AppUser staff, long id) {
		Organisation organisation = this.organisations.findById(id)
			.filter((found) -> found.getDepartmentCode().equals(staff.departmentCode()))
			.orElseThrow(() -> DomainException.notFound("organisation.error.notFound", id));
		if (organisation.getStatus() != OrganisationStatus.PENDING) {
			throw DomainException.conflict("organisation.error.decided", organisation.getName());
		}
		return organisation;
	}

	private Organisation readable(long id) {
		AppUser user = this.currentUser.require();
		Organisation organisation = this.organisations.findById(id)
			.orElseThrow(() -> DomainException.notFound("organisation.error.notFound", id));
		boolean own = user.has(Role.APPLICANT) && organisation.getCreditCode().equals(user.creditCode());
		boolean verifier = user.isStaff() && isVerifier(user)
				&& organisation.getDepartmentCode().equals(user.departmentCode());
		if (!own && !verifier) {
			throw DomainException.notFound("organisation.error.notFound", id);
		}
		return organisation;
	}

	private AppUser requireVerifier() {
		AppUser user = this.currentUser.require();
		if (!user.isStaff() || !isVerifier(user)) {
			throw DomainException.forbidden("organisation.error.verifiersOnly");
		}
		return user;
	}

	/**
	 * Whether the user is staff of the division that verifies organisations for its
	 * department.
	 * @param user the user
	 * @return true for the verifying staff
	 */
	public boolean isVerifier(AppUser user) {
		return user.isStaff() && user.divisionCode() != null
				&& user.divisionCode().equals(this.properties.verifyingDivision().get(user.departmentCode()));
	}

	private UserAccount ownAccount() {
		AppUser user = this.currentUser.require();
		if (!user.has(Role.APPLICANT)) {
			throw DomainException.forbidden("organisation.error.applicantsOnly");
		}
		return this.users.findByUsername(user.username())
			.orElseThrow(() -> DomainException.forbidden("organisation.error.applicantsOnly"));
	}

	private UserAccount requireAdmin() {
		UserAccount account = ownAccount();
		if (!account.isOrganisationAdmin()) {
			throw DomainException.forbidden("organisation.error.adminOnly");
		}
		return account;
	}

	private Organisation ownOrganisation(UserAccount account) {
		Long id = account.getOrganisationId();
		return ((id != null) ? this.organisations.findById(id) : Optional.<Organisation>empty())
			.orElseThrow(() -> DomainException.notFound("organisation.error.notFound", account.getUsername()));
	}

	private OrganisationView view(Organisation organisation, boolean detailed) {
		List<OrganisationView.Document> licence = detailed ? this.materials.list(organisation.licenceRef())
			.stream()
			.map((stored) -> new OrganisationView.Document(stored.id(), stored.fileName(), stored.uploadedAt()))
			.toList() : List.of();
		List<OrganisationView.Member> members = detailed
				? this.users.findByOrganisationIdOrderByUsername(organisation.getId())
					.stream()
					.map((account) -> new OrganisationView.Member(account.getUsername(),
							(account.getContactPerson() != null) ? account.getContactPerson()
									: account.getDisplayName(),
							account.isOrganisationAdmin()))
					.toList()
				: List.of();
		List<OrganisationView.Change> changes = detailed ? this.jdbc.query(
				"SELECT changed_at, changed_by, kind, username, reason FROM app_organisation_change"
						+ " WHERE organisation_id = ? ORDER BY id",
				(rs, row) -> new OrganisationView.Change(rs.getTimestamp("changed_at").toInstant(),
						rs.getString("changed_by"), rs.getString("kind"), rs.getString("username"),
						rs.getString("reason")),
				organisation.getId()) : List.of();
		return new OrganisationView(organisation.getId(), organisation.getCreditCode(), organisation.getName(),
				organisation.getDepartmentCode(), organisation.getStatus(), organisation.getRegisteredAt(),
				organisation.getDecidedAt(), organisation.getDecidedBy(), organisation.getDecisionReason(), licence,
				members, changes);
	}

}
