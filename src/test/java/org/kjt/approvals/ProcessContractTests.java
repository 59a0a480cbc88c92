package org.kjt.approvals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.support.ApprovalsTest;
import org.kjt.approvals.support.ProcessContract;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every BPMN file in {@code processes/} keeps its contract with the Java beside it: beans
 * and methods it calls exist, its user tasks are the declared steps, and its conditions
 * test declared outcomes.
 */
@ApprovalsTest
class ProcessContractTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyProcessKeepsItsContract() throws IOException {
		ProcessContract contract = new ProcessContract(this.context);
		List<String> violations = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> listed = Files.list(Path.of("processes"))) {
			files = listed.filter((file) -> file.toString().endsWith(".bpmn20.xml")).sorted().toList();
		}
		assertThat(files).hasSizeGreaterThanOrEqualTo(6);
		for (Path file : files) {
			violations.addAll(
					contract.violations(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void aMissingBeanMethodOrAnUndeclaredOutcomeBreaksIt() throws IOException {
		ProcessContract contract = new ProcessContract(this.context);
		String licensing = Files.readString(Path.of("processes/licensing.bpmn20.xml"), StandardCharsets.UTF_8);
		assertThat(contract.violations("good.bpmn20.xml", licensing)).isEmpty();

		String missingMethod = licensing.replace("${licensingSteps.delivered(execution)}",
				"${licensingSteps.deliverd(execution)}");
		assertThat(contract.violations("bad.bpmn20.xml", missingMethod))
			.anySatisfy((violation) -> assertThat(violation).contains("deliverd"));

		String wrongArity = licensing.replace("${licensingSteps.delivered(execution)}",
				"${licensingSteps.delivered(execution, 'now')}");
		assertThat(contract.violations("bad.bpmn20.xml", wrongArity))
			.anySatisfy((violation) -> assertThat(violation).contains("delivered taking 2"));

		String missingBean = licensing.replace("${licensingSteps.delivered(execution)}",
				"${licenceSteps.delivered(execution)}");
		assertThat(contract.violations("bad.bpmn20.xml", missingBean))
			.anySatisfy((violation) -> assertThat(violation).contains("no bean 'licenceSteps'"));

		String undeclaredOutcome = licensing.replace("outcome == 'reject'", "outcome == 'refuseOutright'");
		assertThat(undeclaredOutcome).isNotEqualTo(licensing);
		assertThat(contract.violations("bad.bpmn20.xml", undeclaredOutcome))
			.anySatisfy((violation) -> assertThat(violation).contains("'refuseOutright', which step 'intake'"));

		String wrongActor = licensing.replaceFirst("(<userTask id=\"correction\"[^>]*?)flowable:category=\"APPLICANT\"",
				"$1");
		assertThat(wrongActor).isNotEqualTo(licensing);
		assertThat(contract.violations("bad.bpmn20.xml", wrongActor))
			.anySatisfy((violation) -> assertThat(violation).contains("'correction' has category null"));

		String undeclaredStep = licensing.replace("<userTask id=\"delivery\"", "<userTask id=\"dispatch\"")
			.replace("targetRef=\"delivery\"", "targetRef=\"dispatch\"")
			.replace("sourceRef=\"delivery\"", "sourceRef=\"dispatch\"");
		assertThat(contract.violations("bad.bpmn20.xml", undeclaredStep))
			.anySatisfy((violation) -> assertThat(violation).contains("user task 'dispatch' is not a declared step"));
	}

}
