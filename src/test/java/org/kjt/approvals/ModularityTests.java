package org.kjt.approvals;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

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
				"security", "shell");
	}

}
