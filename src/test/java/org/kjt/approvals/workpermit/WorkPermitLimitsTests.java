package org.kjt.approvals.workpermit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class WorkPermitLimitsTests {

	@Test
	void limitsAndLocationsComeFromConfigurationPerDepartmentAndCategory() {
		WorkPermitLimits limits = new WorkPermitLimits(
				new MockEnvironment().withProperty("approvals.work-permit.liaoning.long-term-days-a", "5")
					.withProperty("approvals.work-permit.liaoning.work-locations", "NORTHEAST, POOR_COUNTY"));
		// Liaoning reviews category A in 5; B, C and Jilin keep the statutory 20.
		assertThat(limits.longTerm("liaoning", "A")).isEqualTo(5);
		assertThat(limits.longTerm("liaoning", "B")).isEqualTo(20);
		assertThat(limits.longTerm("jilin", "A")).isEqualTo(20);
		assertThat(limits.longTerm("liaoning", null)).isEqualTo(20);
		assertThat(limits.shortTerm("liaoning")).isEqualTo(5);
		assertThat(limits.workLocations("liaoning")).containsExactly("NORTHEAST", "POOR_COUNTY");
		assertThat(limits.workLocations("jilin")).containsExactlyInAnyOrder("WESTERN", "NORTHEAST", "POOR_COUNTY",
				"OTHER");
	}

}
