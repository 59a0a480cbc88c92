package org.kjt.approvals.orgstructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.kjt.approvals.base.StartupLock;
import org.kjt.approvals.base.DomainException;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Both departments' organisation and the routing table. Departments and divisions are
 * reference data loaded at start-up and held in memory; routing is read from its table
 * each time, so an admin's change applies to the next task created.
 */
@Service
public class OrgStructure implements InitializingBean {

	/** Who wrote the routing rows shipped as reference data with the release. */
	public static final String REFERENCE_DATA = "reference-data";

	private final OrgDataLoader loader;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private volatile Map<String, DepartmentRef> departments = Map.of();

	private volatile Map<String, DivisionRef> divisions = Map.of();

	private final StartupLock startupLock;

	OrgStructure(OrgDataLoader loader, JdbcTemplate jdbc, Clock clock, StartupLock startupLock) {
		this.startupLock = startupLock;
		this.loader = loader;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		this.startupLock.exclusively(this.loader::loadAll);
		refresh();
	}

	void refresh() {
		Map<String, DepartmentRef> loadedDepartments = new LinkedHashMap<>();
		this.jdbc.query("SELECT code, name, name_en, province, abbreviation, reference_prefix, document_prefix"
				+ " FROM org_department ORDER BY code", (rs) -> {
					loadedDepartments.put(rs.getString("code"),
							new DepartmentRef(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
									rs.getString("province"), rs.getString("abbreviation"),
									rs.getString("reference_prefix"), rs.getString("document_prefix")));
				});
		Map<String, DivisionRef> loadedDivisions = new LinkedHashMap<>();
		this.jdbc.query("SELECT code, department_code, name, name_en, kind FROM org_division"
				+ " ORDER BY department_code, ordinal", (rs) -> {
					loadedDivisions.put(rs.getString("code"),
							new DivisionRef(rs.getString("code"), rs.getString("department_code"), rs.getString("name"),
									rs.getString("name_en"), UnitKind.valueOf(rs.getString("kind"))));
				});
		// Published order (by code): jilin, then liaoning.
		this.departments = Collections.unmodifiableMap(loadedDepartments);
		this.divisions = Collections.unmodifiableMap(loadedDivisions);
	}

	public List<DepartmentRef> departments() {
		return List.copyOf(this.departments.values());
	}

	public Optional<DepartmentRef> department(String code) {
		return Optional.ofNullable((code != null) ? this.departments.get(code) : null);
	}

	/**
	 * A department that must exist.
	 * @param code department code
	 * @return the department
	 */
	public DepartmentRef requireDepartment(String code) {
		return department(code).orElseThrow(() -> DomainException.notFound("org.error.unknownDepartment", code));
	}

	/**
	 * All units of a department, internal divisions first in published order.
	 * @param departmentCode department
	 * @return its units
	 */
	public List<DivisionRef> divisions(String departmentCode) {
		return this.divisions.values().stream().filter((d) -> d.departmentCode().equals(departmentCode)).toList();
	}

	public Optional<DivisionRef> division(String code) {
		return Optional.ofNullable((code != null) ? this.divisions.get(code) : null);
	}

	/**
	 * The unit responsible for a step, from the routing table.
	 * @param departmentCode department
	 * @param serviceItem service item code
	 * @param role step role
	 * @return the responsible unit
	 */
	@Transactional(readOnly = true)
	public DivisionRef responsibleDivision(String departmentCode, String serviceItem, StepRole role) {
		List<String> codes = this.jdbc.queryForList(
				"SELECT division_code FROM org_routing WHERE department_code = ?"
						+ " AND item_code = ? AND step_role = ?",
				String.class, departmentCode, serviceItem, role.name());
		if (codes.isEmpty()) {
			throw new IllegalArgumentException(
					"No routing entry for department " + departmentCode + ", item " + serviceItem + ", step " + role);
		}
		return division(codes.get(0))
			.orElseThrow(() -> new IllegalStateException("Routing points at unknown division " + codes.get(0)));
	}

	/**
	 * Whether the routing table names a division for any step of a service item.
	 * @param departmentCode department
	 * @param serviceItem service item code
	 * @param divisionCode division
	 * @return true if the division handles some step of the item
	 */
	@Transactional(readOnly = true)
	public boolean isRouted(String departmentCode, String serviceItem, String divisionCode) {
		Integer count = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM org_routing WHERE department_code = ?"
						+ " AND item_code = ? AND division_code = ?",
				Integer.class, departmentCode, serviceItem, divisionCode);
		return count != null && count > 0;
	}

	@Transactional(readOnly = true)
	public List<RoutingEntryView> routing(String departmentCode) {
		return this.jdbc.query(
				"SELECT department_code, item_code, step_role, division_code, reason, source, updated_by, updated_at"
						+ " FROM org_routing WHERE department_code = ? ORDER BY item_code, id",
				(rs, row) -> new RoutingEntryView(rs.getString("department_code"), rs.getString("item_code"),
						StepRole.valueOf(rs.getString("step_role")), rs.getString("division_code"),
						division(rs.getString("division_code")).map(DivisionRef::nameZh).orElse(null),
						rs.getString("reason"), rs.getString("source"), rs.getString("updated_by"),
						rs.getTimestamp("updated_at").toInstant()),
				departmentCode);
	}

	@Transactional(readOnly = true)
	public List<RoutingChangeView> routingChanges(String departmentCode) {
		return this.jdbc.query(
				"SELECT department_code, item_code, step_role, old_division, new_division, reason, changed_by,"
						+ " changed_at FROM org_routing_change WHERE department_code = ? ORDER BY id DESC",
				(rs, row) -> new RoutingChangeView(rs.getString("department_code"), rs.getString("item_code"),
						StepRole.valueOf(rs.getString("step_role")), rs.getString("old_division"),
						rs.getString("new_division"), rs.getString("reason"), rs.getString("changed_by"),
						rs.getTimestamp("changed_at").toInstant()),
				departmentCode);
	}

	/**
	 * Routes a step to another unit of the same department; applies to tasks created
	 * after the change. Recorded with who, when and why.
	 * @param departmentCode department
	 * @param serviceItem service item code
	 * @param role step role
	 * @param divisionCode new responsible unit
	 * @param reason why (required)
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void changeRouting(String departmentCode, String serviceItem, StepRole role, String divisionCode,
			String reason) {
		if (reason == null || reason.isBlank()) {
			throw DomainException.invalid("reason", "org.error.reasonRequired");
		}
		DivisionRef division = division(divisionCode)
			.orElseThrow(() -> DomainException.invalid("division", "org.error.unknownDivision", divisionCode));
		if (!division.departmentCode().equals(departmentCode)) {
			throw DomainException.invalid("division", "org.error.otherDepartment", divisionCode, departmentCode);
		}
		List<String> current = this.jdbc.queryForList(
				"SELECT division_code FROM org_routing WHERE department_code = ?"
						+ " AND item_code = ? AND step_role = ? FOR UPDATE",
				String.class, departmentCode, serviceItem, role.name());
		if (current.isEmpty()) {
			throw DomainException.notFound("org.error.noRouting", departmentCode, serviceItem, role);
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		String actor = (user != null) ? user.getName() : "unknown";
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.update(
				"UPDATE org_routing SET division_code = ?, reason = ?, source = 'ADMIN', updated_by = ?,"
						+ " updated_at = ? WHERE department_code = ? AND item_code = ? AND step_role = ?",
				divisionCode, reason.strip(), actor, now, departmentCode, serviceItem, role.name());
		this.jdbc.update(
				"INSERT INTO org_routing_change (department_code, item_code, step_role, old_division,"
						+ " new_division, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				departmentCode, serviceItem, role.name(), current.get(0), divisionCode, reason.strip(), actor, now);
	}

	/**
	 * Both departments in one line each, with the number of their units; one query.
	 * @return the departments in their configured order
	 */
	@Transactional(readOnly = true)
	public List<DepartmentSummary> summaries() {
		Map<String, DepartmentSummary> byCode = new LinkedHashMap<>();
		this.jdbc.query("SELECT d.code, d.name, d.name_en, d.rank_name, d.rank_stated, d.address,"
				+ " COUNT(v.code) AS units FROM org_department d LEFT JOIN org_division v ON v.department_code = d.code"
				+ " GROUP BY d.code, d.name, d.name_en, d.rank_name, d.rank_stated, d.address", (rs) -> {
					// A rank the seed does not state is not published as a fact.
					String rank = rs.getBoolean("rank_stated") ? rs.getString("rank_name") : null;
					byCode.put(rs.getString("code"), new DepartmentSummary(rs.getString("code"), rs.getString("name"),
							rs.getString("name_en"), rank, rs.getString("address"), rs.getInt("units")));
				});
		return departments().stream().map((ref) -> byCode.get(ref.code())).filter(Objects::nonNull).toList();
	}

	/**
	 * Everything published about a department, with the steps each unit handles.
	 * @param code department code
	 * @return the department
	 */
	@Transactional(readOnly = true)
	public DepartmentDetails details(String code) {
		if (!this.departments.containsKey(code)) {
			throw DomainException.notFound("org.error.unknownDepartment", code);
		}
		Map<String, Object> row = this.jdbc.queryForMap("SELECT * FROM org_department WHERE code = ?", code);
		Map<String, List<DepartmentDetails.Handles>> handles = new LinkedHashMap<>();
		for (RoutingEntryView entry : routing(code)) {
			handles.computeIfAbsent(entry.division(), (key) -> new ArrayList<>())
				.add(new DepartmentDetails.Handles(entry.item(), entry.role()));
		}
		List<DepartmentDetails.Division> units = this.jdbc.query(
				"SELECT code, label, name, name_en, kind, remit, note FROM org_division WHERE department_code = ?"
						+ " ORDER BY ordinal",
				(rs, i) -> new DepartmentDetails.Division(rs.getString("code"), rs.getString("label"),
						rs.getString("name"), rs.getString("name_en"), UnitKind.valueOf(rs.getString("kind")),
						rs.getString("remit"), rs.getString("note"),
						List.copyOf(handles.getOrDefault(rs.getString("code"), List.of()))),
				code);
		List<DepartmentDetails.Duty> duties = new ArrayList<>();
		List<String> affiliated = new ArrayList<>();
		List<String> honours = new ArrayList<>();
		List<String> other = new ArrayList<>();
		List<DepartmentDetails.Leader> leaders = new ArrayList<>();
		this.jdbc.query("SELECT kind, label, body, flag, extra FROM org_text WHERE department_code = ?"
				+ " ORDER BY kind, ordinal", (rs) -> {
					String body = rs.getString("body");
					switch (rs.getString("kind")) {
						case "DUTY" ->
							duties.add(new DepartmentDetails.Duty(rs.getString("label"), body, rs.getBoolean("flag")));
						case "AFFILIATED_UNIT" -> affiliated.add(body);
						case "HONOUR" -> honours.add(body);
						case "OTHER_MATTER" -> other.add(body);
						case "LEADER" -> {
							String[] extra = String.valueOf(rs.getString("extra")).split("\\|", 2);
							leaders.add(
									new DepartmentDetails.Leader(body, extra[0], (extra.length > 1) ? extra[1] : null));
						}
						default -> {
						}
					}
				}, code);
		Date effective = (Date) row.get("EFFECTIVE_DATE");
		if (effective == null) {
			effective = (Date) row.get("effective_date");
		}
		boolean rankStated = Boolean.TRUE.equals(value(row, "rank_stated"));
		// A rank the seed does not state is not published as a fact.
		return new DepartmentDetails(code, (String) value(row, "name"), (String) value(row, "name_en"),
				rankStated ? (String) value(row, "rank_name") : null, rankStated, (String) value(row, "status_text"),
				(String) value(row, "address"), duties, units, affiliated, honours, leaders,
				(String) value(row, "leaders_note"), (effective != null) ? effective.toLocalDate() : null,
				(String) value(row, "replaces"), other);
	}

	private static Object value(Map<String, Object> row, String column) {
		// Column label case differs between H2 (upper) and MySQL (as declared).
		Object value = row.get(column);
		return (value != null) ? value : row.get(column.toUpperCase(Locale.ROOT));
	}

}
