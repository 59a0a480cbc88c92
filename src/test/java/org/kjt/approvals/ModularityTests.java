package org.kjt.approvals;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(ApprovalsApplication.class);

	@Test
	void businessAreasRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void everyBusinessAreaIsAModule() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("base",
				"security", "shell", "cases", "procedure", "licensing", "workpermit", "outboundtraining", "inbox");
	}

	/**
	 * The generic case machinery holds no licence-only law: it does not know the
	 * licensing module, and licensing and work permits share the procedure module.
	 */
	@Test
	void theCaseMachineryKnowsNoProcessModule() {
		var cases = this.modules.getModuleByName("cases").orElseThrow();
		for (String process : new String[] { "procedure", "licensing", "workpermit", "outboundtraining" }) {
			assertThat(cases.getBootstrapDependencies(this.modules).map((module) -> module.getIdentifier().toString()))
				.doesNotContain(process);
			assertThat(cases.getDirectDependencies(this.modules)
				.stream()
				.map((dependency) -> dependency.getTargetModule().getIdentifier().toString())).doesNotContain(process);
		}
		var outbound = this.modules.getModuleByName("outboundtraining").orElseThrow();
		assertThat(outbound.getDirectDependencies(this.modules)
			.stream()
			.map((dependency) -> dependency.getTargetModule().getIdentifier().toString()))
			.doesNotContain("procedure", "licensing");
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
