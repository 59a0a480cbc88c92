package org.kjt.approvals.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.cases.CaseProcesses;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.security.AppUser;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each staff member's named workbench filters; their own only. */
@Service
public class SavedFilters {

	static final int MAX_FILTERS = 20;

	/**
	 * A named filter.
	 *
	 * @param name its name
	 * @param item service item code, or null for any
	 * @param step step, or null for any
	 */
	public record SavedFilter(String name, @Nullable String item, @Nullable String step) {

	}

	private final JdbcTemplate jdbc;

	private final Workbench workbench;

	private final Catalogue catalogue;

	private final CaseProcesses processes;

	private final Clock clock;

	SavedFilters(JdbcTemplate jdbc, Workbench workbench, Catalogue catalogue, CaseProcesses processes, Clock clock) {
		this.jdbc = jdbc;
		this.workbench = workbench;
		this.catalogue = catalogue;
		this.processes = processes;
		this.clock = clock;
	}

	/**
	 * @return my filters by name
	 */
	@Transactional(readOnly = true)
	public List<SavedFilter> mine() {
		return this.jdbc.query("SELECT name, item_code, step FROM inbox_saved_filter WHERE username = ? ORDER BY name",
				(rs, row) -> new SavedFilter(rs.getString("name"), rs.getString("item_code"), rs.getString("step")),
				this.workbench.staff().username());
	}

	/**
	 * Saves a filter under a name (replacing one of that name).
	 * @param name its name
	 * @param item service item code of the department, or null for any
	 * @param step a staff step, or null for any
	 * @return my filters
	 */
	@Transactional
	public List<SavedFilter> save(@Nullable String name, @Nullable String item, @Nullable String step) {
		AppUser user = this.workbench.staff();
		String label = (name != null) ? name.strip() : "";
		if (label.isEmpty()) {
			throw DomainException.invalid("name", "task.error.required", "name");
		}
		if (label.length() > 100) {
			throw DomainException.invalid("name", "case.error.fieldTooLong", "name", 100);
		}
		String itemCode = blankToNull(item);
		String stepCode = blankToNull(step);
		if (itemCode != null && this.catalogue.items(user.departmentCode())
			.stream()
			.noneMatch((offered) -> offered.code().equals(itemCode))) {
			throw DomainException.invalid("item", "case.error.unknownItem", itemCode);
		}
		if (stepCode != null && !this.processes.staffSteps().contains(stepCode)
				&& !Consultations.STEP.equals(stepCode)) {
			throw DomainException.invalid("step", "task.error.unknownStep", stepCode);
		}
		int replaced = this.jdbc.update(
				"UPDATE inbox_saved_filter SET item_code = ?, step = ? WHERE username = ? AND name = ?", itemCode,
				stepCode, user.username(), label);
		if (replaced == 0) {
			Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM inbox_saved_filter WHERE username = ?",
					Integer.class, user.username());
			if (count != null && count >= MAX_FILTERS) {
				throw DomainException.invalid("name", "filter.error.tooMany", MAX_FILTERS);
			}
			this.jdbc.update(
					"INSERT INTO inbox_saved_filter (username, name, item_code, step, created_at)"
							+ " VALUES (?, ?, ?, ?, ?)",
					user.username(), label, itemCode, stepCode, Timestamp.from(this.clock.instant()));
		}
		return mine();
	}

	/**
	 * Removes one of my filters.
	 * @param name its name
	 * @return my filters
	 */
	@Transactional
	public List<SavedFilter> remove(@Nullable String name) {
		AppUser user = this.workbench.staff();
		if (this.jdbc.update("DELETE FROM inbox_saved_filter WHERE username = ? AND name = ?", user.username(),
				(name != null) ? name.strip() : "") == 0) {
			throw DomainException.notFound("filter.error.unknown", String.valueOf(name));
		}
		return mine();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
