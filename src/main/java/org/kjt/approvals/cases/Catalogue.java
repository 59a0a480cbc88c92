package org.kjt.approvals.cases;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.documents.FileType;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/** The service catalogue, read once from {@code reference/catalogue.yml}. */
@Service
public class Catalogue {

	private final List<ServiceItem> items;

	private final Map<String, ServiceHall> halls;

	Catalogue() throws IOException {
		this(new ClassPathResource("reference/catalogue.yml").getInputStream());
	}

	Catalogue(InputStream yaml) throws IOException {
		try (yaml) {
			Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
			List<ServiceItem> loaded = new ArrayList<>();
			for (Object entry : list(root.get("items"))) {
				loaded.add(item(map(entry)));
			}
			this.items = List.copyOf(loaded);
			Map<String, ServiceHall> halls = new java.util.LinkedHashMap<>();
			Object hallsRoot = root.get("halls");
			if (hallsRoot != null) {
				map(hallsRoot).forEach((department, entry) -> {
					Map<String, Object> hall = map(entry);
					halls.put(department, new ServiceHall(department, text(hall, "place"), text(hall, "placeEn"),
							optional(hall, "phone"), optional(hall, "hours")));
				});
			}
			this.halls = Map.copyOf(halls);
		}
	}

	/**
	 * The items a department offers.
	 * @param departmentCode department
	 * @return its items
	 */
	public List<ServiceItem> items(String departmentCode) {
		return this.items.stream().filter((item) -> item.offeredBy(departmentCode)).toList();
	}

	/**
	 * Where a department receives applicants and how to ask it.
	 * @param departmentCode department
	 * @return its service hall, if the catalogue names one
	 */
	public Optional<ServiceHall> hall(String departmentCode) {
		return Optional.ofNullable(this.halls.get(departmentCode));
	}

	public List<ServiceItem> all() {
		return this.items;
	}

	public Optional<ServiceItem> find(String code) {
		return this.items.stream().filter((item) -> item.code().equals(code)).findFirst();
	}

	/**
	 * An item a department offers, or a clear refusal.
	 * @param departmentCode department
	 * @param code item code
	 * @return the item
	 */
	public ServiceItem require(String departmentCode, String code) {
		ServiceItem item = find(code)
			.orElseThrow(() -> DomainException.invalid("item", "case.error.unknownItem", code));
		if (!item.offeredBy(departmentCode)) {
			throw DomainException.invalid("department", "case.error.itemNotOffered", code, departmentCode);
		}
		return item;
	}

	private static ServiceItem item(Map<String, Object> map) {
		List<MaterialRequirement> materials = new ArrayList<>();
		for (Object entry : list(map.get("materials"))) {
			Map<String, Object> material = map(entry);
			Set<FileType> types = new LinkedHashSet<>();
			list(material.get("types")).forEach((type) -> types.add(FileType.valueOf(type.toString())));
			Map<String, String> waivedWhen = new LinkedHashMap<>();
			if (material.get("waivedWhen") != null) {
				map(material.get("waivedWhen")).forEach((field, value) -> waivedWhen.put(field, String.valueOf(value)));
			}
			materials
				.add(new MaterialRequirement(text(material, "code"), text(material, "name"), text(material, "nameEn"),
						Boolean.TRUE.equals(material.get("mandatory")), Set.copyOf(types), Map.copyOf(waivedWhen),
						(String) material.get("waivedNote"), (String) material.get("waivedNoteEn")));
		}
		List<ServiceItem.FormField> fields = new ArrayList<>();
		for (Object entry : list(map.get("formFields"))) {
			Map<String, Object> field = map(entry);
			fields.add(new ServiceItem.FormField(text(field, "code"), text(field, "name"), text(field, "nameEn"),
					Boolean.TRUE.equals(field.get("required")), Boolean.TRUE.equals(field.get("personal")),
					Boolean.TRUE.equals(field.get("derived"))));
		}
		return new ServiceItem(text(map, "code"), text(map, "process"),
				list(map.get("departments")).stream().map(Object::toString).toList(), text(map, "name"),
				text(map, "nameEn"), text(map, "legalBasis"), text(map, "legalBasisEn"), text(map, "conditions"),
				text(map, "conditionsEn"), number(map, "timeLimitDays"), text(map, "fee"), text(map, "feeEn"),
				Boolean.TRUE.equals(map.get("onSiteInspection")), number(map, "licenceValidityYears"),
				number(map, "renewalWindowMonths"), List.copyOf(fields), List.copyOf(materials));
	}

	private static @Nullable String optional(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value != null && !value.toString().isBlank()) ? value.toString() : null;
	}

	private static String text(Map<String, Object> map, String key) {
		Object value = map.get(key);
		if (value == null) {
			throw new IllegalStateException("reference/catalogue.yml: '" + key + "' is missing in " + map.get("code"));
		}
		return value.toString();
	}

	private static int number(Map<String, Object> map, String key) {
		Object value = map.get(key);
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (value != null) ? (List<Object>) value : List.of();
	}

}
