package org.kjt.approvals.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * How each evaluated item is evaluated, read once from {@code reference/evaluation.yml}.
 * A panel's composition is configuration: the file's, unless
 * {@code approvals.evaluation.<item>.panel} (e.g. {@code TECHNICAL:3,FINANCIAL:1}) says
 * otherwise.
 */
@Component
public class EvaluationItems {

	private final Map<String, EvaluationItem> items;

	private final Map<String, String> provinceCodes;

	@Autowired
	EvaluationItems(Environment environment) throws IOException {
		this(new ClassPathResource("reference/evaluation.yml").getInputStream(), environment);
	}

	EvaluationItems(InputStream yaml, Environment environment) throws IOException {
		try (yaml) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			Map<String, EvaluationItem> loaded = new LinkedHashMap<>();
			map(root.get("items")).forEach((code, entry) -> {
				Map<String, Object> item = map(entry);
				String configured = environment.getProperty("approvals.evaluation." + code + ".panel");
				Map<ExpertKind, Integer> panel = (configured != null) ? panel(code, configured)
						: panel(map(item.get("panel")));
				List<EvaluationItem.Criterion> criteria = new ArrayList<>();
				for (Object criterion : (List<?>) item.get("criteria")) {
					Map<String, Object> fields = map(criterion);
					criteria
						.add(new EvaluationItem.Criterion(fields.get("code").toString(), fields.get("name").toString(),
								fields.get("nameEn").toString(), ((Number) fields.get("max")).intValue()));
				}
				loaded
					.put(code,
							new EvaluationItem(code, panel, item.get("disciplineField").toString(),
									number(item, "scoringWorkingDays"), number(item, "reminderWorkingDays"),
									Aggregate.valueOf(item.get("aggregate").toString()),
									new BigDecimal(item.get("passMark").toString()),
									Boolean.TRUE.equals(item.get("passAbove")), number(item, "noticeWorkingDays"),
									List.copyOf(criteria), number(item, "certificateValidityYears"),
									numberFormat(code, environment.getProperty(
											"approvals.evaluation." + code + ".certificate-number-format",
											String.valueOf(item.getOrDefault("certificateNumberFormat", ""))))));
			});
			this.items = Map.copyOf(loaded);
			Map<String, String> provinces = new LinkedHashMap<>();
			map(root.get("provinceCodes")).forEach((department, code) -> provinces.put(department, code.toString()));
			this.provinceCodes = Map.copyOf(provinces);
		}
	}

	/**
	 * How an item is evaluated.
	 * @param itemCode service item
	 * @return its evaluation, if it has one
	 */
	public Optional<EvaluationItem> find(String itemCode) {
		return Optional.ofNullable(this.items.get(itemCode));
	}

	/**
	 * How an item is evaluated, for an item that must have one.
	 * @param itemCode service item
	 * @return its evaluation
	 */
	public EvaluationItem require(String itemCode) {
		return find(itemCode)
			.orElseThrow(() -> new IllegalStateException("No evaluation in reference/evaluation.yml for " + itemCode));
	}

	/**
	 * Every evaluated item.
	 * @return their codes
	 */
	public java.util.Set<String> codes() {
		return this.items.keySet();
	}

	/**
	 * A department's province code in certificate numbers (GB/T 2260: 22 Jilin, 21
	 * Liaoning).
	 * @param departmentCode department
	 * @return the code
	 */
	public String provinceCode(String departmentCode) {
		String code = this.provinceCodes.get(departmentCode);
		if (code == null) {
			throw new IllegalStateException("No province code in reference/evaluation.yml for " + departmentCode);
		}
		return code;
	}

	/** A number format must place the sequence, and format. */
	private static String numberFormat(String code, String format) {
		if (format.isEmpty()) {
			// An item that ends without a certificate (e.g. a funded project).
			return format;
		}
		try {
			String.format(format, "21", 2026, 1);
		}
		catch (java.util.IllegalFormatException ex) {
			throw new IllegalStateException(
					"approvals.evaluation." + code + ".certificate-number-format is not a valid format: " + ex, ex);
		}
		if (!format.contains("%3$")) {
			throw new IllegalStateException(
					"approvals.evaluation." + code + ".certificate-number-format needs the sequence (%3$)");
		}
		return format;
	}

	private static Map<ExpertKind, Integer> panel(String code, String configured) {
		Map<ExpertKind, Integer> panel = new EnumMap<>(ExpertKind.class);
		for (String part : configured.split(",")) {
			String[] kindAndCount = part.trim().split(":");
			if (kindAndCount.length != 2) {
				throw new IllegalStateException(
						"approvals.evaluation." + code + ".panel: expected KIND:count,…, not " + configured);
			}
			panel.put(ExpertKind.valueOf(kindAndCount[0].trim()), Integer.parseInt(kindAndCount[1].trim()));
		}
		return check(code, panel);
	}

	private static Map<ExpertKind, Integer> panel(Map<String, Object> entry) {
		Map<ExpertKind, Integer> panel = new EnumMap<>(ExpertKind.class);
		entry.forEach((kind, count) -> panel.put(ExpertKind.valueOf(kind), ((Number) count).intValue()));
		return check("panel", panel);
	}

	private static Map<ExpertKind, Integer> check(String code, Map<ExpertKind, Integer> panel) {
		if (panel.values().stream().anyMatch((count) -> count < 0)
				|| panel.values().stream().mapToInt(Integer::intValue).sum() < 1) {
			throw new IllegalStateException("A panel of " + code + " needs at least one expert: " + panel);
		}
		return Map.copyOf(panel);
	}

	private static int number(Map<String, Object> item, String key) {
		Object value = item.get(key);
		return (value == null) ? 0 : ((Number) value).intValue();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
