package org.kjt.approvals.evaluation;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CreditCode;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert pool of a division that reviews an evaluated item: kept by that division's
 * staff, who alone see the experts' personal data. Each expert logs in with the EXPERT
 * role and sees only what they are assigned.
 */
@Service
public class Experts {

	private final ExpertRepository experts;

	private final Accounts accounts;

	private final Calls calls;

	private final CurrentUser currentUser;

	private final Panels panels;

	Experts(ExpertRepository experts, Accounts accounts, Calls calls, CurrentUser currentUser, Panels panels) {
		this.panels = panels;
		this.experts = experts;
		this.accounts = accounts;
		this.calls = calls;
		this.currentUser = currentUser;
	}

	/**
	 * The pool of the user's division, a page at a time.
	 * @param pageable page
	 * @return its experts, active or not
	 */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<ExpertView> pool(org.springframework.data.domain.Pageable pageable) {
		AppUser me = manager();
		return this.experts
			.findByDepartmentCodeAndDivisionCodeOrderById(me.departmentCode(), me.divisionCode(), pageable)
			.map(ExpertView::of);
	}

	/**
	 * Adds an expert to the division's pool, with their log-in.
	 * @param expert the particulars
	 * @return the expert
	 */
	@Transactional
	public ExpertView add(NewExpert expert) {
		AppUser me = manager();
		Particulars checked = check(expert);
		String username = (expert.username() == null) ? "" : expert.username().strip();
		if (this.experts.findByUsername(username).isPresent()) {
			throw DomainException.conflict("expert.error.usernameTaken", username);
		}
		this.accounts.createExpert(username, (expert.password() == null) ? "" : expert.password(), checked.name(),
				me.departmentCode(), me.divisionCode(), checked.organisation(), checked.creditCode());
		Expert saved = this.experts
			.save(new Expert(me.departmentCode(), me.divisionCode(), username, checked.name(), checked.organisation(),
					checked.creditCode(), checked.disciplines(), checked.kind(), checked.contact()));
		return ExpertView.of(saved);
	}

	/**
	 * Changes an expert's particulars.
	 * @param id the expert
	 * @param expert the new particulars
	 * @return the expert
	 */
	@Transactional
	public ExpertView update(long id, NewExpert expert) {
		Expert found = mine(id);
		Particulars checked = check(expert);
		found.describe(checked.name(), checked.organisation(), checked.creditCode(), checked.disciplines(),
				checked.kind(), checked.contact());
		return ExpertView.of(found);
	}

	/**
	 * Takes an expert out of the draw (and their log-in away), or back in. Seats they
	 * scored stay on the record; those they had not are drawn again.
	 * @param id the expert
	 * @param active whether they are drawn
	 * @return the expert
	 */
	@Transactional
	public ExpertView activate(long id, boolean active) {
		Expert found = mine(id);
		found.activate(active);
		this.accounts.enableExpert(found.getUsername(), active);
		if (!active) {
			// Their seats not yet scored go to others, drawn in their place.
			this.panels.release(found.getUsername(), this.currentUser.require().username());
		}
		return ExpertView.of(found);
	}

	private Expert mine(long id) {
		AppUser me = manager();
		return this.experts.findById(id)
			.filter((expert) -> expert.getDepartmentCode().equals(me.departmentCode())
					&& expert.getDivisionCode().equals(me.divisionCode()))
			.orElseThrow(() -> DomainException.notFound("expert.error.notFound", id));
	}

	private AppUser manager() {
		AppUser me = this.currentUser.require();
		if (this.calls.managedItems(me).isEmpty()) {
			throw DomainException.forbidden("expert.error.notManaging");
		}
		return me;
	}

	private Particulars check(NewExpert expert) {
		String name = required("name", expert.name(), 100);
		String organisation = required("organisationName", expert.organisationName(), 200);
		String creditCode = (expert.creditCode() == null) ? "" : expert.creditCode().strip().toUpperCase(Locale.ROOT);
		if (!CreditCode.isValid(creditCode)) {
			throw DomainException.invalid("creditCode", "expert.error.creditCode");
		}
		if (expert.kind() == null) {
			throw DomainException.invalid("kind", "expert.error.kind");
		}
		Set<Discipline> disciplines = (expert.disciplines() == null) ? Set.of() : Set.copyOf(expert.disciplines());
		if (expert.kind() == ExpertKind.TECHNICAL && disciplines.isEmpty()) {
			throw DomainException.invalid("disciplines", "expert.error.disciplines");
		}
		String contact = required("contact", expert.contact(), 200);
		return new Particulars(name, organisation, creditCode, disciplines, expert.kind(), contact);
	}

	private static String required(String field, @Nullable String value, int max) {
		String text = (value == null) ? "" : value.strip();
		if (text.isEmpty() || text.length() > max) {
			throw DomainException.invalid(field, "expert.error.field", field, max);
		}
		return text;
	}

	private record Particulars(String name, String organisation, String creditCode, Set<Discipline> disciplines,
			ExpertKind kind, String contact) {
	}

}
