package org.kjt.approvals.orgstructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the org structure and routing data files into their tables. A file whose SHA-256
 * is unchanged is skipped; a changed file updates the tables in place (departments and
 * divisions by code, their lists replaced), so nothing is duplicated and codes stay
 * stable for references.
 */
@Component
class OrgDataLoader {

	static final String ACTOR = OrgStructure.REFERENCE_DATA;

	static final List<String> DEPARTMENT_FILES = List.of("reference/org/jilin.yml", "reference/org/liaoning.yml");

	static final String ROUTING_FILE = "reference/routing.yml";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OrgDataLoader(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Loads every data file that changed since it was last loaded.
	 * @return how many files were (re)loaded
	 */
	@Transactional
	int loadAll() {
		int loaded = 0;
		for (String file : DEPARTMENT_FILES) {
			loaded += load(new ClassPathResource(file), file, this::department);
		}
		loaded += load(new ClassPathResource(ROUTING_FILE), ROUTING_FILE, this::routing);
		return loaded;
	}

	@Transactional
	int load(Resource resource, String name, Consumer<Map<String, Object>> loader) {
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read reference data " + name, ex);
		}
		String sha = sha256(bytes);
		List<String> known = this.jdbc.queryForList("SELECT sha256 FROM ref_data_file WHERE name = ?", String.class,
				name);
		if (!known.isEmpty() && known.get(0).equals(sha)) {
			return 0;
		}
		Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(new String(bytes, StandardCharsets.UTF_8));
		loader.accept(root);
		Timestamp now = Timestamp.from(this.clock.instant());
		if (known.isEmpty()) {
			this.jdbc.update("INSERT INTO ref_data_file (name, sha256, loaded_at) VALUES (?, ?, ?)", name, sha, now);
		}
		else {
			this.jdbc.update("UPDATE ref_data_file SET sha256 = ?, loaded_at = ? WHERE name = ?", sha, now, name);
		}
		return 1;
	}

	private void department(Map<String, Object> root) {
		String code = text(root, "code");
		Object effective = root.get("effectiveDate");
		Date effectiveDate = null;
		if (effective instanceof java.util.Date date) {
			effectiveDate = Date.valueOf(date.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
		}
		else if (effective != null) {
			effectiveDate = Date.valueOf(LocalDate.parse(effective.toString()));
		}
		Object[] values = { text(root, "name"), text(root, "nameEn"), root.get("rank"),
				Boolean.TRUE.equals(root.get("rankStated")), root.get("status"), root.get("address"), effectiveDate,
				root.get("replaces"), root.get("leadersNote"), text(root, "province"), text(root, "abbreviation"),
				text(root, "referencePrefix"), text(root, "documentPrefix"), code };
		int updated = this.jdbc
			.update("UPDATE org_department SET name = ?, name_en = ?, rank_name = ?, rank_stated = ?,"
					+ " status_text = ?, address = ?, effective_date = ?, replaces = ?, leaders_note = ?, province = ?,"
					+ " abbreviation = ?, reference_prefix = ?, document_prefix = ? WHERE code = ?", values);
		if (updated == 0) {
			this.jdbc.update("INSERT INTO org_department (name, name_en, rank_name, rank_stated, status_text, address,"
					+ " effective_date, replaces, leaders_note, province, abbreviation, reference_prefix,"
					+ " document_prefix, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
		}
		int ordinal = 0;
		for (Map<String, Object> division : maps(root.get("divisions"))) {
			Object[] row = { code, ordinal++, division.get("label"), text(division, "name"), text(division, "nameEn"),
					UnitKind.valueOf(text(division, "kind")).name(), text(division, "remit"), division.get("note"),
					text(division, "code") };
			int changed = this.jdbc.update("UPDATE org_division SET department_code = ?, ordinal = ?, label = ?,"
					+ " name = ?, name_en = ?, kind = ?, remit = ?, note = ? WHERE code = ?", row);
			if (changed == 0) {
				this.jdbc
					.update("INSERT INTO org_division (department_code, ordinal, label, name, name_en, kind, remit,"
							+ " note, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", row);
			}
		}
		this.jdbc.update("DELETE FROM org_text WHERE department_code = ?", code);
		int i = 0;
		for (Map<String, Object> duty : maps(root.get("duties"))) {
			text(code, "DUTY", i++, (String) duty.get("label"), text(duty, "text"),
					Boolean.TRUE.equals(duty.get("functionTransformation")), null);
		}
		strings(code, "AFFILIATED_UNIT", root.get("affiliatedUnits"));
		strings(code, "HONOUR", root.get("honours"));
		strings(code, "OTHER_MATTER", root.get("otherMatters"));
		i = 0;
		for (Map<String, Object> leader : maps(root.get("leaders"))) {
			text(code, "LEADER", i++, null, text(leader, "name"), false,
					leader.get("title") + "|" + leader.get("asOf"));
		}
	}

	private void routing(Map<String, Object> root) {
		Timestamp now = Timestamp.from(this.clock.instant());
		Set<String> inFile = new HashSet<>();
		for (Map<String, Object> entry : maps(root.get("entries"))) {
			String department = text(entry, "department");
			String item = text(entry, "item");
			String role = StepRole.valueOf(text(entry, "role")).name();
			String division = text(entry, "division");
			String reason = text(entry, "reason");
			inFile.add(department + "|" + item + "|" + role);
			List<Map<String, Object>> current = this.jdbc.queryForList(
					"SELECT division_code, reason, source FROM org_routing WHERE department_code = ? AND item_code = ?"
							+ " AND step_role = ?",
					department, item, role);
			if (current.isEmpty()) {
				this.jdbc.update(
						"INSERT INTO org_routing (department_code, item_code, step_role, division_code, reason,"
								+ " source, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, 'FILE', ?, ?)",
						department, item, role, division, reason, ACTOR, now);
				change(department, item, role, null, division, reason, now);
			}
			else if ("FILE".equals(current.get(0).get("source"))
					&& (!division.equals(current.get(0).get("division_code"))
							|| !reason.equals(current.get(0).get("reason")))) {
				this.jdbc.update(
						"UPDATE org_routing SET division_code = ?, reason = ?, updated_by = ?, updated_at = ?"
								+ " WHERE department_code = ? AND item_code = ? AND step_role = ?",
						division, reason, ACTOR, now, department, item, role);
				change(department, item, role, (String) current.get(0).get("division_code"), division, reason, now);
			}
		}
		// A row the file no longer has routes a step no process has: it goes, unless an
		// admin set it.
		for (Map<String, Object> row : this.jdbc
			.queryForList("SELECT department_code, item_code, step_role FROM org_routing WHERE source = 'FILE'")) {
			String key = row.get("department_code") + "|" + row.get("item_code") + "|" + row.get("step_role");
			if (!inFile.contains(key)) {
				this.jdbc.update(
						"DELETE FROM org_routing WHERE department_code = ? AND item_code = ? AND step_role = ?"
								+ " AND source = 'FILE'",
						row.get("department_code"), row.get("item_code"), row.get("step_role"));
			}
		}
	}

	private void change(String department, String item, String role, String oldDivision, String newDivision,
			String reason, Timestamp now) {
		this.jdbc.update(
				"INSERT INTO org_routing_change (department_code, item_code, step_role, old_division,"
						+ " new_division, reason, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
				department, item, role, oldDivision, newDivision, reason, ACTOR, now);
	}

	private void strings(String department, String kind, Object list) {
		int i = 0;
		if (list instanceof List<?> values) {
			for (Object value : values) {
				text(department, kind, i++, null, value.toString(), false, null);
			}
		}
	}

	private void text(String department, String kind, int ordinal, String label, String body, boolean flag,
			String extra) {
		this.jdbc.update("INSERT INTO org_text (department_code, kind, ordinal, label, body, flag, extra)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)", department, kind, ordinal, label, body, flag, extra);
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException("Reference data: '" + key + "' is missing in " + map);
		}
		return value.toString();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object value) {
		return (value instanceof List<?>) ? (List<Map<String, Object>>) value : List.of();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
