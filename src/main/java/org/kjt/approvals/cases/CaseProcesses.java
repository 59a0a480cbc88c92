package org.kjt.approvals.cases;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.kjt.approvals.base.DomainException;

import org.springframework.stereotype.Component;

/**
 * The process modules' rules by process key, read once: every lookup of a process's
 * steps, outcomes and checks goes through here.
 */
@Component
public class CaseProcesses {

	private final Map<String, CaseRules> byKey = new LinkedHashMap<>();

	CaseProcesses(List<CaseRules> rules) {
		for (CaseRules own : rules) {
			if (this.byKey.putIfAbsent(own.processKey(), own) != null) {
				throw new IllegalStateException("Two rule sets for process " + own.processKey());
			}
		}
	}

	/**
	 * The rules of a process.
	 * @param processKey BPMN process key
	 * @return the rules, if a module declares them
	 */
	public Optional<CaseRules> rules(String processKey) {
		return Optional.ofNullable(this.byKey.get(processKey));
	}

	CaseRules require(String processKey) {
		return rules(processKey).orElseThrow(() -> DomainException.notFound("task.error.notFound", processKey));
	}

	/**
	 * Every process's rules.
	 * @return the rules, in registration order
	 */
	public Collection<CaseRules> all() {
		return this.byKey.values();
	}

	/**
	 * A step of a process.
	 * @param processKey BPMN process key
	 * @param step BPMN task id
	 * @return the declared step
	 */
	public Optional<Steps.Step> step(String processKey, String step) {
		return rules(processKey).flatMap((own) -> own.steps().step(step));
	}

	/**
	 * The staff steps of every process, each id once: for the workbench's filter.
	 * @return step ids
	 */
	public Set<String> staffSteps() {
		Set<String> ids = new LinkedHashSet<>();
		this.byKey.values()
			.forEach((own) -> own.steps()
				.all()
				.stream()
				.filter((step) -> step.actor() == Steps.Actor.STAFF)
				.forEach((step) -> ids.add(step.id())));
		return ids;
	}

	/**
	 * The steps whose due date is their own limit, not the statutory deadline (the same
	 * id means the same step in every process).
	 * @return step ids
	 */
	public Set<String> stepsWithOwnLimit() {
		Set<String> ids = new TreeSet<>();
		this.byKey.values()
			.forEach((own) -> own.steps()
				.all()
				.stream()
				.filter(Steps.Step::ownLimit)
				.forEach((step) -> ids.add(step.id())));
		return ids;
	}

}
