package org.kjt.approvals.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UI session holds the account as it was at log-in. What it may do is read as the
 * account stands now. The session may live on another node, where no session registry
 * reaches it. Once the account is removed from its organisation, that session no longer
 * acts.
 */
@ApprovalsTest
class OpenSessionStandingTests {

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Organisations organisations;

	@Autowired
	Users users;

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aSessionOfARemovedMemberNoLongerActs() {
		String member = "session-member-" + (System.nanoTime() % 1_000_000);
		this.users.run("applicant", () -> this.organisations
			.addMember(new NewMember(member, "Member-Pass-2026", "孙成员", "13900004444", null)));
		// Logged in before the removal, as on another node.
		UserDetails principal = this.userDetails.loadUserByUsername(member);
		var session = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		SecurityContextHolder.getContext().setAuthentication(session);
		assertThat(this.currentUser.get()).map(AppUser::username).contains(member);

		long organisation = this.users.as("applicant", () -> this.organisations.mine().id());
		this.users.run("jl-approval", () -> this.organisations.removeMember(organisation, member, "非本单位人员,经单位申请移出"));

		SecurityContextHolder.getContext().setAuthentication(session);
		assertThat(this.currentUser.get()).isEmpty();
	}

}
