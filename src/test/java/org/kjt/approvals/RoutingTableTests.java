package org.kjt.approvals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.cases.Catalogue;
import org.kjt.approvals.cases.ServiceItem;
import org.kjt.approvals.orgstructure.OrgStructure;
import org.kjt.approvals.orgstructure.RoutingEntryView;
import org.kjt.approvals.support.ApprovalsTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The routing table and the processes agree: every step role a process routes
 * ({@code caseSteps.division(execution, 'ROLE')} in {@code processes/}) has a row for
 * every department that offers one of its items, and no row routes a step no process of
 * the item has.
 */
@ApprovalsTest
class RoutingTableTests {

	private static final Pattern ROUTED = Pattern.compile("division\\(execution, '([A-Z_]+)'\\)");

	@Autowired
	OrgStructure orgStructure;

	@Autowired
	Catalogue catalogue;

	@Test
	void everyRoutedStepHasARowAndEveryRowAStep() throws IOException {
		Map<String, Set<String>> rolesOfProcess = new HashMap<>();
		try (var files = Files.list(Path.of("processes"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".bpmn20.xml")).toList()) {
				Set<String> roles = new TreeSet<>();
				Matcher matcher = ROUTED.matcher(Files.readString(file));
				while (matcher.find()) {
					roles.add(matcher.group(1));
				}
				rolesOfProcess.put(file.getFileName().toString().replace(".bpmn20.xml", ""), roles);
			}
		}
		Set<String> expected = new TreeSet<>();
		for (ServiceItem item : this.catalogue.all()) {
			assertThat(rolesOfProcess).as("process of %s", item.code()).containsKey(item.process());
			for (String department : item.departments()) {
				for (String role : rolesOfProcess.get(item.process())) {
					expected.add(department + " " + item.code() + " " + role);
				}
			}
		}
		Set<String> rows = new TreeSet<>();
		for (String department : Set.of("jilin", "liaoning")) {
			for (RoutingEntryView entry : this.orgStructure.routing(department)) {
				rows.add(entry.department() + " " + entry.item() + " " + entry.role());
			}
		}
		Set<String> unused = new TreeSet<>(rows);
		unused.removeAll(expected);
		Set<String> missing = new TreeSet<>(expected);
		missing.removeAll(rows);
		assertThat(unused).as("routing rows no process step uses").isEmpty();
		assertThat(missing).as("routed steps without a routing row").isEmpty();
	}

}
