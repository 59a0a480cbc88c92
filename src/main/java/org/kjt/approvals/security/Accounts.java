package org.kjt.approvals.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.documents.MaterialStore;
import org.kjt.approvals.orgstructure.OrgStructure;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place accounts are created and changed: registration by applicants, staff
 * accounts by admins, and the log-in lock.
 */
@Service
public class Accounts {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,31}");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Temporary passwords: no look-alike characters (0/O, 1/l/I) to misread. */
	private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

	private static final int TEMPORARY_LENGTH = 14;

	/** The demo password's hash, made on first use. */
	private volatile @Nullable String demoHash;

	private final SecureRandom random = new SecureRandom();

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final CommonPasswords commonPasswords;

	private final RegistrationThrottle throttle;

	private final SecurityProperties properties;

	private final Clock clock;

	private final OrgStructure orgStructure;

	private final AccountStanding standing;

	private final OrganisationRepository organisations;

	private final MaterialStore materials;

	private final TransactionTemplate transactions;

	private final SessionRegistry sessions;

	private final ApplicationEventPublisher events;

	Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder, CommonPasswords commonPasswords,
			RegistrationThrottle throttle, SecurityProperties properties, Clock clock, OrgStructure orgStructure,
			AccountStanding standing, OrganisationRepository organisations, MaterialStore materials,
			PlatformTransactionManager transactionManager, SessionRegistry sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.standing = standing;
		this.organisations = organisations;
		this.materials = materials;
		this.commonPasswords = commonPasswords;
		this.throttle = throttle;
		this.orgStructure = orgStructure;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Registers an applicant organisation and its first account, which administers it;
	 * every field is checked before anything is stored. A credit code is registered once:
	 * the organisation's further users are added by that account. The organisation is
	 * pending until the approval office has checked its business licence, which may come
	 * with the registration or later.
	 * @param form what the applicant entered
	 * @param licenceFileName the business licence's file name, or null
	 * @param licence the business licence (or legal-person certificate), or null
	 * @return the new user
	 */
	public AppUser registerApplicant(Registration form, @Nullable String licenceFileName, byte @Nullable [] licence) {
		// Counted in a transaction of its own, before the registration's: the attempt
		// counts
		// even when the registration is refused, and no request holds two connections.
		this.throttle.attempt();
		try {
			AppUser registered = this.transactions.execute((status) -> register(form, licenceFileName, licence));
			if (registered == null) {
				throw new IllegalStateException("registration answered nothing");
			}
			return registered;
		}
		catch (DataIntegrityViolationException ex) {
			// Two registrations of one user name or one credit code at the same moment:
			// the
			// second is told, as if it had come later.
			if (this.users.existsByUsername(trim(form.username()))) {
				throw new DomainException(DomainException.Kind.CONFLICT, "username", "account.error.usernameTaken",
						trim(form.username()));
			}
			throw new DomainException(DomainException.Kind.CONFLICT, "creditCode",
					"account.error.organisationRegistered", trim(form.creditCode()).toUpperCase(Locale.ROOT));
		}
	}

	private AppUser register(Registration form, @Nullable String licenceFileName, byte @Nullable [] licence) {
		String username = trim(form.username());
		checkUsername(username);
		checkPassword("password", form.password());
		String organisation = required("organisationName", form.organisationName(), 200);
		String creditCode = trim(form.creditCode()).toUpperCase(Locale.ROOT);
		if (!CreditCode.isValid(creditCode)) {
			throw DomainException.invalid("creditCode", "account.error.creditCode");
		}
		String contact = required("contactPerson", form.contactPerson(), 64);
		String phone = checkPhone(form.phone());
		String email = checkEmail(form.email());
		String department = registeringDepartment(form.department(), creditCode);
		if (this.organisations.existsByCreditCode(creditCode)) {
			// Whoever holds the code is the organisation; a second registration would let
			// anyone act in its name.
			throw new DomainException(DomainException.Kind.CONFLICT, "creditCode",
					"account.error.organisationRegistered", creditCode);
		}
		Organisation registered = this.organisations
			.saveAndFlush(new Organisation(creditCode, organisation, department, this.clock.instant()));
		if (licence != null && licence.length > 0) {
			this.materials.store(registered.licenceRef(), Organisations.LICENCE, trim(licenceFileName), licence,
					Organisations.LICENCE_TYPES, username);
		}
		UserAccount account = new UserAccount(username, this.passwordEncoder.encode(form.password()), organisation,
				AccountKind.APPLICANT, EnumSet.of(Role.APPLICANT), this.clock.instant());
		account.describeOrganisation(organisation, creditCode, contact, phone, email);
		account.joinOrganisation(registered.getId(), true);
		forgetAfterCommit(username);
		return this.users.saveAndFlush(account).toAppUser();
	}

	/**
	 * A further user of an organisation, made by its administrator account (see
	 * {@link Organisations#addMember}).
	 */
	AppUser createMember(Organisation organisation, UserAccount admin, NewMember member) {
		String username = trim(member.username());
		checkUsername(username);
		checkPassword("password", member.password());
		String name = required("displayName", member.displayName(), 64);
		String phone = checkPhone(member.phone());
		String email = checkEmail(member.email());
		UserAccount account = new UserAccount(username, this.passwordEncoder.encode(member.password()),
				organisation.getName(), AccountKind.APPLICANT, EnumSet.of(Role.APPLICANT), this.clock.instant());
		account.describeOrganisation(organisation.getName(), organisation.getCreditCode(), name, phone, email);
		account.joinOrganisation(organisation.getId(), false);
		forgetAfterCommit(username);
		return this.users.save(account).toAppUser();
	}

	/**
	 * An account leaves its organisation: disabled, its open sessions and tokens end.
	 * @param account the member
	 */
	void removeFromOrganisation(UserAccount account) {
		account.leaveOrganisation();
		forgetAfterCommit(account.getUsername());
		endSessions(account.getUsername());
	}

	/**
	 * The organisation's administration changes hands: sessions of both end, so their
	 * menus show what they may do now.
	 * @param members the organisation's accounts
	 * @param admin the new administrator
	 */
	void handOver(List<UserAccount> members, UserAccount admin) {
		for (UserAccount member : members) {
			boolean becomes = member.getUsername().equals(admin.getUsername());
			if (member.isOrganisationAdmin() != becomes) {
				member.administers(becomes);
				forgetAfterCommit(member.getUsername());
				endSessions(member.getUsername());
			}
		}
	}

	private String registeringDepartment(@Nullable String entered, String creditCode) {
		String department = trim(entered);
		if (department.isEmpty()) {
			// Characters 3 and 4 of the code are the province of its registration
			// authority.
			department = switch (creditCode.substring(2, 4)) {
				case "22" -> "jilin";
				case "21" -> "liaoning";
				default -> "";
			};
		}
		if (department.isEmpty() || this.orgStructure.department(department).isEmpty()) {
			throw DomainException.invalid("department", "account.error.department");
		}
		return department;
	}

	private static String checkPhone(@Nullable String entered) {
		String phone = trim(entered);
		if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
			throw DomainException.invalid("phone", "account.error.phone");
		}
		return phone;
	}

	/**
	 * The e-mail address is optional (the phone is the contact that must be given); one
	 * that is given must be an address. Without one, messages stay in the app.
	 */
	private static String checkEmail(@Nullable String entered) {
		String email = trim(entered);
		if (email.isEmpty()) {
			return email;
		}
		if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
			throw DomainException.invalid("email", "account.error.email");
		}
		return email;
	}

	/**
	 * Creates a staff account in one department and division.
	 * @param username log-in name
	 * @param password initial password
	 * @param displayName name shown in the UI
	 * @param departmentCode department code
	 * @param divisionCode division code
	 * @param roles roles besides STAFF
	 * @return the new user
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public AppUser createStaff(String username, String password, String displayName, String departmentCode,
			String divisionCode, Set<Role> roles) {
		String name = trim(username);
		checkUsername(name);
		checkPassword("password", password);
		// Staff accounts carry division roles only; the UI offers the same two.
		for (Role role : roles) {
			if (role != Role.STAFF && role != Role.DIVISION_HEAD && role != Role.LEADER) {
				throw DomainException.invalid("roles", "account.error.staffRole", role);
			}
		}
		return saveStaff(name, this.passwordEncoder.encode(password), displayName, departmentCode, divisionCode, roles);
	}

	/**
	 * Creates the log-in of an expert of a department's evaluation pool. Called only by
	 * the pool's service, the one method that checks the caller manages the pool; the
	 * password policy applies as to any account, and the password is a temporary one.
	 * @param username log-in name
	 * @param password initial password
	 * @param name the expert's name
	 * @param departmentCode the pool's department
	 * @param divisionCode the division that manages the pool
	 * @param organisationName the expert's organisation
	 * @param creditCode the organisation's unified social credit code
	 * @return the new user
	 */
	@Transactional
	public AppUser createExpert(String username, String password, String name, String departmentCode,
			String divisionCode, String organisationName, String creditCode) {
		String login = trim(username);
		checkUsername(login);
		checkPassword("password", password);
		String hash = this.passwordEncoder.encode(password);
		UserAccount account = new UserAccount(login, hash, required("name", name, 100), AccountKind.EXPERT,
				EnumSet.of(Role.EXPERT), this.clock.instant());
		account.assignTo(departmentCode, divisionCode);
		account.describeOrganisation(organisationName, creditCode, null, null, null);
		// Chosen by the pool's staff: the expert replaces it at the first log-in, so no
		// one else can score in the expert's name.
		account.resetPassword(hash, this.clock.instant());
		forgetAfterCommit(login);
		return this.users.save(account).toAppUser();
	}

	/**
	 * The demo pool's expert log-ins, with the demo password (which the policy would
	 * refuse), created once; only for the demo data.
	 * @param username log-in name
	 * @param name the expert's name
	 * @param departmentCode the pool's department
	 * @param divisionCode the division that manages the pool
	 * @param organisationName the expert's organisation
	 * @param creditCode the organisation's unified social credit code
	 */
	@Transactional
	public void createDemoExpert(String username, String name, String departmentCode, String divisionCode,
			String organisationName, String creditCode) {
		if (this.users.findByUsername(username).isPresent()) {
			return;
		}
		UserAccount account = new UserAccount(username, bootstrapHash(DemoAccounts.PASSWORD), name, AccountKind.EXPERT,
				EnumSet.of(Role.EXPERT), this.clock.instant());
		account.assignTo(departmentCode, divisionCode);
		account.describeOrganisation(organisationName, creditCode, null, null, null);
		this.users.save(account);
	}

	/**
	 * An expert leaves the pool or comes back: their log-in follows, and open sessions
	 * end.
	 * @param username the expert's log-in name
	 * @param enabled whether they may log in
	 */
	@Transactional
	public void enableExpert(String username, boolean enabled) {
		UserAccount account = this.users.findByUsername(username)
			.filter((found) -> found.getKind() == AccountKind.EXPERT)
			.orElseThrow(() -> DomainException.notFound("account.error.noExpert", username));
		account.enableExpert(enabled);
		forgetAfterCommit(username);
		endSessions(username);
	}

	/**
	 * Demo and bootstrap accounts skip the password policy on purpose (password "demo").
	 */
	@Transactional
	AppUser createIfAbsent(String username, String password, String displayName, AccountKind kind,
			String departmentCode, String divisionCode, Set<Role> roles) {
		Optional<UserAccount> existing = this.users.findByUsername(username);
		if (existing.isPresent()) {
			return existing.get().toAppUser();
		}
		if (kind == AccountKind.STAFF) {
			return saveStaff(username, bootstrapHash(password), displayName, departmentCode, divisionCode, roles);
		}
		UserAccount account = new UserAccount(username, bootstrapHash(password), displayName, kind, roles,
				this.clock.instant());
		return this.users.save(account).toAppUser();
	}

	/**
	 * The hash of a demo or bootstrap account's password. The demo accounts all have the
	 * demo password: its hash is made once, not once per account (a hash costs a tenth of
	 * a second; three dozen of them were most of a first start).
	 */
	private String bootstrapHash(String password) {
		if (!DemoAccounts.PASSWORD.equals(password)) {
			return this.passwordEncoder.encode(password);
		}
		String hash = this.demoHash;
		if (hash == null) {
			hash = this.passwordEncoder.encode(password);
			this.demoHash = hash;
		}
		return hash;
	}

	@Transactional
	void describeDemoOrganisation(String username, String creditCode, String contact, String phone, String email) {
		this.users.findByUsername(username)
			.filter((account) -> account.getCreditCode() == null)
			.ifPresent((account) -> account.describeOrganisation(account.getDisplayName(), creditCode, contact, phone,
					email));
		forgetAfterCommit(username);
	}

	private AppUser saveStaff(String username, String passwordHash, String displayName, String departmentCode,
			String divisionCode, Set<Role> roles) {
		if (this.orgStructure.division(divisionCode)
			.filter((division) -> division.departmentCode().equals(departmentCode))
			.isEmpty()) {
			throw DomainException.invalid("divisionCode", "account.error.division", divisionCode, departmentCode);
		}
		Set<Role> granted = EnumSet.of(Role.STAFF);
		granted.addAll(roles);
		granted.remove(Role.APPLICANT);
		UserAccount account = new UserAccount(username, passwordHash, required("displayName", displayName, 100),
				AccountKind.STAFF, granted, this.clock.instant());
		account.assignTo(departmentCode, divisionCode);
		forgetAfterCommit(username);
		return this.users.save(account).toAppUser();
	}

	/**
	 * Finds a user by log-in name.
	 * @param username log-in name
	 * @return the user if it exists
	 */
	public Optional<AppUser> find(String username) {
		// The same short-lived knowledge of accounts that API tokens are checked against.
		return this.standing.lookup(username);
	}

	/**
	 * Where to e-mail a user, if their account is enabled and has an address.
	 * @param username log-in name
	 * @return the address
	 */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(String username) {
		// One column, not the account with its roles: read for every notice issued.
		return this.users.enabledEmail(username).filter((email) -> !email.isBlank());
	}

	/**
	 * A user who may be given work now: read afresh, and only if the account is enabled
	 * (for naming a colleague on a task, where a remembered or disabled account must not
	 * be chosen).
	 * @param username log-in name
	 * @return the user if it exists and is enabled
	 */
	@Transactional(readOnly = true)
	public Optional<AppUser> findActive(String username) {
		return this.users.findByUsername(username).filter(UserAccount::isEnabled).map(UserAccount::toAppUser);
	}

	/**
	 * The staff of one division, e.g. to offer a transfer target.
	 * @param departmentCode department
	 * @param divisionCode division
	 * @return its staff, by user name
	 */
	@Transactional(readOnly = true)
	public List<AppUser> staffOf(String departmentCode, String divisionCode) {
		return this.users.findByDepartmentCodeAndDivisionCodeOrderByUsername(departmentCode, divisionCode)
			.stream()
			// The pool's experts are kept under the division that manages them: not
			// staff.
			.filter((account) -> account.getKind() == AccountKind.STAFF)
			.map(UserAccount::toAppUser)
			.toList();
	}

	/**
	 * The staff of a division, for admins maintaining accounts.
	 * @param departmentCode department
	 * @param divisionCode division
	 * @return its staff
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<StaffAccount> staffOfDivision(String departmentCode, String divisionCode) {
		return this.users.findByDepartmentCodeAndDivisionCodeOrderByUsername(departmentCode, divisionCode)
			.stream()
			.filter((account) -> account.getKind() == AccountKind.STAFF)
			.map(StaffAccount::of)
			.toList();
	}

	/**
	 * Changes a staff account: its name, division (and so department), roles, and whether
	 * it may log in. A disabled account's log-in and HTTP Basic are refused at once and
	 * its API tokens within {@link TokenProperties#standingCheck()} (at once on this
	 * node).
	 * @param username the account
	 * @param displayName name shown in the UI
	 * @param divisionCode division
	 * @param roles roles besides STAFF (DIVISION_HEAD, LEADER)
	 * @param enabled whether it may log in
	 * @return the account as changed
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public StaffAccount updateStaff(String username, String displayName, String divisionCode, Set<Role> roles,
			boolean enabled) {
		UserAccount account = this.users.findByUsername(trim(username))
			.filter((found) -> found.getKind() == AccountKind.STAFF)
			.orElseThrow(() -> DomainException.notFound("account.error.noStaff", username));
		String department = this.orgStructure.division(trim(divisionCode))
			.map((division) -> division.departmentCode())
			.orElseThrow(() -> DomainException.invalid("division", "account.error.noDivision", divisionCode));
		Set<Role> granted = EnumSet.of(Role.STAFF);
		for (Role role : roles) {
			if (role != Role.STAFF && role != Role.DIVISION_HEAD && role != Role.LEADER) {
				throw DomainException.invalid("roles", "account.error.staffRole", role);
			}
			granted.add(role);
		}
		account.updateStaff(required("displayName", displayName, 100), department, trim(divisionCode), granted,
				enabled);
		this.events.publishEvent(
				new StaffChanged(account.getUsername(), department, trim(divisionCode), Set.copyOf(granted), enabled));
		forgetAfterCommit(account.getUsername());
		// Open UI sessions hold the account as it was at log-in: they end, and the next
		// log-in reads it as it is now.
		endSessions(account.getUsername());
		return StaffAccount.of(account);
	}

	/**
	 * @return the shortest password the policy accepts
	 */
	public int minPasswordLength() {
		return this.properties.minPasswordLength();
	}

	/**
	 * Sets a temporary password for a staff account that forgot its own (and unlocks it):
	 * told to the admin once, it must be changed at the next log-in before anything else.
	 * The account's open UI sessions end; its tokens stop within the standing check.
	 * @param username the staff account
	 * @return the temporary password
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public String resetPassword(String username) {
		UserAccount account = this.users.findByUsername(trim(username))
			.filter((found) -> found.getKind() == AccountKind.STAFF)
			.orElseThrow(() -> DomainException.notFound("account.error.noStaff", username));
		StringBuilder temporary = new StringBuilder();
		for (int i = 0; i < TEMPORARY_LENGTH; i++) {
			temporary.append(TEMPORARY_ALPHABET.charAt(this.random.nextInt(TEMPORARY_ALPHABET.length())));
		}
		account.resetPassword(this.passwordEncoder.encode(temporary), this.clock.instant());
		forgetAfterCommit(account.getUsername());
		endSessions(account.getUsername());
		return temporary.toString();
	}

	/**
	 * The signed-in user chooses a new password, proving the current one; this ends a
	 * reset's temporary password.
	 * @param currentPassword the password now
	 * @param newPassword the new one (the password policy applies)
	 */
	@Transactional
	public void changeOwnPassword(@Nullable String currentPassword, @Nullable String newPassword) {
		AppUser user = signedIn().orElseThrow(() -> DomainException.forbidden("error.notLoggedIn"));
		UserAccount account = this.users.findByUsername(user.username())
			.orElseThrow(() -> DomainException.forbidden("error.notLoggedIn"));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			// Counted as a failed log-in, in a transaction of its own (this one is
			// refused):
			// a session left open does not buy unlimited guesses.
			TransactionTemplate separate = new TransactionTemplate(this.transactions.getTransactionManager());
			separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			separate.executeWithoutResult((status) -> recordFailedLogin(user.username()));
			throw DomainException.invalid("currentPassword", "account.error.currentPassword");
		}
		checkPassword("newPassword", newPassword);
		if (newPassword.equals(currentPassword)) {
			throw DomainException.invalid("newPassword", "account.error.samePassword");
		}
		account.changePasswordHash(this.passwordEncoder.encode(newPassword), this.clock.instant());
		forgetAfterCommit(account.getUsername());
		// Other sessions of the account were opened with the old password: they end.
		endSessions(account.getUsername(), currentSessionId());
	}

	private static @Nullable String currentSessionId() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpSession session = attributes.getRequest().getSession(false);
			return (session != null) ? session.getId() : null;
		}
		return null;
	}

	private Optional<AppUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return find(authentication.getName());
	}

	/** Open UI sessions hold the account as it was at log-in: they end. */
	private void endSessions(String name) {
		endSessions(name, null);
	}

	private void endSessions(String name, @Nullable String except) {
		this.sessions.getAllPrincipals()
			.stream()
			.filter((principal) -> principal instanceof UserDetails details && details.getUsername().equals(name))
			.flatMap((principal) -> this.sessions.getAllSessions(principal, false).stream())
			.filter((session) -> !session.getSessionId().equals(except))
			.forEach(SessionInformation::expireNow);
	}

	@Transactional
	void recordFailedLogin(String username) {
		this.users.findByUsername(username).ifPresent((account) -> {
			if (account.failedLogin(this.properties.maxFailedLogins(),
					this.clock.instant().plusSeconds(60L * this.properties.lockMinutes()))) {
				// Tokens this node already issued stop working once this is committed.
				forgetAfterCommit(username);
			}
		});
	}

	@Transactional
	void recordSuccessfulLogin(String username) {
		this.users.findByUsername(username)
			.filter((account) -> account.getFailedLogins() > 0 || account.getLockedUntil() != null)
			.ifPresent(UserAccount::succeededLogin);
	}

	/**
	 * A log-in through the UI's form or for a token: the time is kept, failures reset.
	 */
	@Transactional
	void recordLogin(String username) {
		this.users.recordLogin(username, this.clock.instant());
	}

	/**
	 * When the user last logged in through the UI or for a token.
	 * @param username log-in name
	 * @return the time, empty if never
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> lastLogin(String username) {
		return this.users.findByUsername(username).map(UserAccount::getLastLoginAt);
	}

	/**
	 * Forgets what this node remembers of an account once the change is committed: before
	 * that, another request would read the old row and remember it again.
	 */
	private void forgetAfterCommit(String username) {
		Runnable forget = () -> this.standing.changed(username);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
		forget.run();
	}

	private void checkUsername(String username) {
		if (!USERNAME.matcher(username).matches()) {
			throw DomainException.invalid("username", "account.error.username");
		}
		if (this.users.existsByUsername(username)) {
			throw new DomainException(DomainException.Kind.CONFLICT, "username", "account.error.usernameTaken",
					username);
		}
	}

	private void checkPassword(String field, String password) {
		if (password == null || password.length() < this.properties.minPasswordLength() || password.length() > 128) {
			throw DomainException.invalid(field, "account.error.password", this.properties.minPasswordLength());
		}
		if (this.commonPasswords.contains(password)) {
			throw DomainException.invalid(field, "account.error.commonPassword");
		}
	}

	private static String required(String field, @Nullable String value, int maxLength) {
		String trimmed = trim(value);
		if (trimmed.isEmpty() || trimmed.length() > maxLength) {
			throw DomainException.invalid(field, "account.error.required", field, maxLength);
		}
		return trimmed;
	}

	private static String trim(@Nullable String value) {
		return (value != null) ? value.strip() : "";
	}

}
