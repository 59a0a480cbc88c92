package org.kjt.approvals.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flowable.engine.RuntimeService;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The process variables of a case that the case machinery reads and writes. */
@Component
class CaseVariables {

	private final RuntimeService runtimeService;

	CaseVariables(RuntimeService runtimeService) {
		this.runtimeService = runtimeService;
	}

	/** A map variable (e.g. the correction notice's items: material code → problem). */
	Map<String, String> map(CaseFile file, String name) {
		Map<String, String> entries = new LinkedHashMap<>();
		if (get(file, name) instanceof Map<?, ?> map) {
			map.forEach((key, value) -> entries.put(String.valueOf(key), String.valueOf(value)));
		}
		return entries;
	}

	/** A list variable (e.g. the items of a correction notice handed in again). */
	List<String> list(CaseFile file, String name) {
		if (get(file, name) instanceof Collection<?> collection) {
			return collection.stream().map(Object::toString).toList();
		}
		return List.of();
	}

	void set(CaseFile file, String name, @Nullable Object value) {
		this.runtimeService.setVariable(file.getProcessInstanceId(), name, value);
	}

	private @Nullable Object get(CaseFile file, String name) {
		return (file.getProcessInstanceId() != null)
				? this.runtimeService.getVariable(file.getProcessInstanceId(), name) : null;
	}

}
