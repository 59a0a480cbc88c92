package org.kjt.approvals.cases;

import java.util.Optional;

import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;
import org.kjt.approvals.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who may see or act on a case: its applicant, staff of its department, and for personal
 * data only the divisions the routing table names for its item. Every read and write of a
 * case goes through here.
 */
@Component
class CaseAccess {

	private final CaseFileRepository cases;

	private final CurrentUser currentUser;

	private final OrgStructure orgStructure;

	private final CaseLocks locks;

	CaseAccess(CaseFileRepository cases, CaseLocks locks, CurrentUser currentUser, OrgStructure orgStructure) {
		this.cases = cases;
		this.locks = locks;
		this.currentUser = currentUser;
		this.orgStructure = orgStructure;
	}

	/**
	 * A case, whoever asks: for callers that have checked the reader otherwise (e.g. an
	 * outside reader).
	 */
	CaseFile existing(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
	}

	/**
	 * A case the caller may see: its applicant; once submitted, also staff of its
	 * department or an admin.
	 */
	CaseFile readable(long caseId) {
		CaseFile file = this.cases.findById(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		AppUser user = currentUser();
		boolean own = user.username().equals(file.getApplicantUsername());
		boolean staffOfDepartment = user.isStaff() && file.getDepartmentCode().equals(user.departmentCode());
		if (!own && !staffOfDepartment && !user.has(Role.ADMIN)) {
			// Not 403: whether someone else's case exists is not the caller's business.
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		if (!own && file.getSubmittedAt() == null) {
			// Never submitted (a draft, or a draft withdrawn): the applicant's own
			// papers, not yet the department's.
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		return file;
	}

	/** One of the calling applicant's own cases. */
	CaseFile own(long caseId) {
		AppUser user = requireApplicant();
		CaseFile file = this.cases.findById(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		if (!file.getApplicantUsername().equals(user.username())) {
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		return file;
	}

	/**
	 * One of the calling applicant's own cases, its row locked for a state change. Locked
	 * before it is read: a state read earlier in the transaction would be stale once the
	 * lock is granted after a concurrent change.
	 */
	CaseFile ownLocked(long caseId) {
		AppUser user = requireApplicant();
		CaseFile file = this.locks.locked(caseId)
			.orElseThrow(() -> DomainException.notFound("case.error.notFound", caseId));
		if (!file.getApplicantUsername().equals(user.username())) {
			throw DomainException.notFound("case.error.notFound", caseId);
		}
		return file;
	}

	AppUser requireApplicant() {
		AppUser user = currentUser();
		if (!user.has(Role.APPLICANT)) {
			throw DomainException.forbidden("case.error.applicantsOnly");
		}
		return user;
	}

	AppUser currentUser() {
		return this.currentUser.require();
	}

	Optional<AppUser> viewer() {
		return this.currentUser.get();
	}

	/** Staff of a division the routing table names for one of the case's item's steps. */
	boolean handles(AppUser user, CaseFile file) {
		if (!user.isStaff() || !file.getDepartmentCode().equals(user.departmentCode()) || user.divisionCode() == null) {
			return false;
		}
		return this.orgStructure.isRouted(file.getDepartmentCode(), file.getItemCode(), user.divisionCode());
	}

}
