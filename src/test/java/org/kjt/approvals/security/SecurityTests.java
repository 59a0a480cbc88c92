package org.kjt.approvals.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApprovalsTest
class SecurityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void apiWithoutCredentialsIs401() throws Exception {
		this.mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists("WWW-Authenticate"));
	}

	@Test
	void apiWithWrongPasswordIs401() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic("ln-expert", "wrong-password")))
			.andExpect(status().isUnauthorized());
		this.users.findByUsername("ln-expert").orElseThrow().succeededLogin();
	}

	@Test
	void demoStaffBelongToTheirDivision() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic("ln-expert-head", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("ln-expert-head"))
			.andExpect(jsonPath("$.departmentCode").value("liaoning"))
			.andExpect(jsonPath("$.divisionCode").value("ln.foreign-experts"))
			.andExpect(jsonPath("$.roles.length()").value(2));
	}

	@Test
	void passwordsAreStoredAsBcryptHashes() {
		UserAccount admin = this.users.findByUsername("admin").orElseThrow();
		assertThat(admin.getPasswordHash()).startsWith("{bcrypt}$2").doesNotContain("demo");
		assertThat(this.passwordEncoder.matches("demo", admin.getPasswordHash())).isTrue();
	}

	@Test
	void registrationCreatesAnApplicantWhoCanLogIn() throws Exception {
		this.mvc.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).content("""
				{"username":"reg-ok","password":"s3cret-pass","organisationName":"松原示例农业科技有限公司",
				 "creditCode":"%s","contactPerson":"王五","phone":"0431-88880000",
				 "email":"reg@example.cn"}""".formatted(CreditCode.withCheck("91220700000000001"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("APPLICANT"))
			.andExpect(jsonPath("$.roles[0]").value("APPLICANT"));
		this.mvc.perform(get("/api/me").with(httpBasic("reg-ok", "s3cret-pass")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.organisationName").value("松原示例农业科技有限公司"));
	}

	@Test
	void registrationRefusesABadCreditCodeAndStoresNothing() throws Exception {
		long before = this.users.count();
		this.mvc
			.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "en")
				.content("""
						{"username":"reg-bad","password":"s3cret-pass","organisationName":"X",
						 "creditCode":"91220101MA17XK4Y32","contactPerson":"王五","phone":"13900000000",
						 "email":"reg@example.cn"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("creditCode"))
			.andExpect(jsonPath("$.error").value(Matchers.containsString("credit code")));
		assertThat(this.users.count()).isEqualTo(before);
		assertThat(this.users.existsByUsername("reg-bad")).isFalse();
	}

	@Test
	void registrationRefusesShortPasswordsBadPhonesAndTakenNames() throws Exception {
		String template = """
				{"username":"%s","password":"%s","organisationName":"X公司","creditCode":"91210100MA0YQ8C254",
				 "contactPerson":"王五","phone":"%s","email":"x@example.cn"}""";
		this.mvc
			.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON)
				.content(template.formatted("reg-short", "short", "13900000000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("password"));
		// Long enough, but on every list of leaked passwords.
		long before = this.users.count();
		this.mvc
			.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON)
				.content(template.formatted("reg-common", "Password123", "13900000000")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("password"))
			.andExpect(jsonPath("$.code").value("account.error.commonPassword"));
		assertThat(this.users.count()).isEqualTo(before);
		this.mvc
			.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON)
				.content(template.formatted("reg-phone", "long-enough", "12345")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("phone"));
		this.mvc
			.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON)
				.content(template.formatted("applicant", "long-enough", "13900000000")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.field").value("username"));
	}

	/** One address may try to register 20 times an hour; the 21st attempt is a 429. */
	@Test
	void registrationIsThrottledPerClientAddress() throws Exception {
		String template = """
				{"username":"thr-%d","password":"short","organisationName":"X公司","creditCode":"91210100MA0YQ8C254",
				 "contactPerson":"王五","phone":"13900000000","email":"x@example.cn"}""";
		for (int attempt = 0; attempt < 20; attempt++) {
			this.mvc.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).with((request) -> {
				request.setRemoteAddr("203.0.113.7");
				return request;
			}).content(template.formatted(attempt))).andExpect(status().isBadRequest());
		}
		this.mvc.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).with((request) -> {
			request.setRemoteAddr("203.0.113.7");
			return request;
		}).content(template.formatted(21)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("account.error.tooManyRegistrations"));
		// Another address is not held back.
		this.mvc.perform(post("/api/registrations").contentType(MediaType.APPLICATION_JSON).with((request) -> {
			request.setRemoteAddr("203.0.113.8");
			return request;
		}).content(template.formatted(22))).andExpect(status().isBadRequest());
	}

	@Test
	void fiveFailedLoginsLockTheAccountForFifteenMinutes() throws Exception {
		this.accounts.createIfAbsent("lock-me", "right-password", "Lock test", AccountKind.APPLICANT, null, null,
				EnumSet.of(Role.APPLICANT));
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic("lock-me", "wrong-" + i)))
				.andExpect(status().isUnauthorized());
		}
		assertThat(this.users.findByUsername("lock-me").orElseThrow().getLockedUntil()).isNotNull();
		// Locked: even the right password is refused.
		this.mvc.perform(get("/api/me").with(httpBasic("lock-me", "right-password")))
			.andExpect(status().isUnauthorized());
		this.clock.advance(Duration.ofMinutes(14));
		this.mvc.perform(get("/api/me").with(httpBasic("lock-me", "right-password")))
			.andExpect(status().isUnauthorized());
		this.clock.advance(Duration.ofMinutes(2));
		this.mvc.perform(get("/api/me").with(httpBasic("lock-me", "right-password"))).andExpect(status().isOk());
		assertThat(this.users.findByUsername("lock-me").orElseThrow().getLockedUntil()).isNull();
	}

	@Test
	@WithMockUser(username = "jl-approval", roles = "STAFF")
	void onlyAdminsCreateStaff() {
		assertThatThrownBy(() -> this.accounts.createStaff("new-staff", "long-enough", "新员工", "jilin",
				"jl.approval-office", Set.of()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.users.existsByUsername("new-staff")).isFalse();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void adminCreatesStaffOnlyInADivisionOfTheirDepartment() {
		assertThatThrownBy(() -> this.accounts.createStaff("wrong-div", "long-enough", "错处室", "jilin",
				"ln.foreign-experts", Set.of()))
			.isInstanceOf(DomainException.class);
		AppUser created = this.accounts.createStaff("jl-new", "long-enough", "新员工", "jilin", "jl.international",
				Set.of(Role.DIVISION_HEAD));
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.STAFF, Role.DIVISION_HEAD);
		assertThat(this.accounts.staffOf("jilin", "jl.international")).extracting(AppUser::username)
			.contains("jl-new", "jl-intl", "jl-intl-head");
	}

	@Test
	void adminsMaintainStaffThroughTheApi() throws Exception {
		String staff = """
				{"username":"%s","password":"long-enough","displayName":"新同事","department":"liaoning",
				 "division":"%s","roles":["DIVISION_HEAD"]}""";
		this.mvc
			.perform(post("/api/admin/staff").contentType(MediaType.APPLICATION_JSON)
				.content(staff.formatted("ln-api-staff", "ln.rural"))
				.with(httpBasic("ln-expert-head", "demo")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/admin/staff").contentType(MediaType.APPLICATION_JSON)
				.content(staff.formatted("ln-api-staff", "jl.rural"))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("divisionCode"));
		// No administrator (or applicant) is made through the staff form.
		this.mvc
			.perform(post("/api/admin/staff").contentType(MediaType.APPLICATION_JSON)
				.content(staff.formatted("ln-api-staff", "ln.rural").replace("DIVISION_HEAD", "ADMIN"))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("roles"));
		assertThat(this.users.existsByUsername("ln-api-staff")).isFalse();
		this.mvc
			.perform(post("/api/admin/staff").contentType(MediaType.APPLICATION_JSON)
				.content(staff.formatted("ln-api-staff", "ln.rural"))
				.with(httpBasic("admin", "demo")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.divisionCode").value("ln.rural"));
		this.mvc.perform(get("/api/admin/staff?department=liaoning&division=ln.rural").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].username").value("ln-api-staff"));
	}

	@Test
	void creditCodeCheckCharacter() {
		assertThat(CreditCode.isValid("91220101MA17XK4Y31")).isTrue();
		assertThat(CreditCode.isValid("91110000600037341L")).isTrue();
		assertThat(CreditCode.isValid("91110000600037341M")).isFalse();
		assertThat(CreditCode.isValid("9111000060003734IL")).isFalse();
		assertThat(CreditCode.isValid("91220101MA17XK4Y3")).isFalse();
	}

}
