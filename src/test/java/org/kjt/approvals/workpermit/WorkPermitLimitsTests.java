package org.kjt.approvals.workpermit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void quotaExtensionWindowAndNumberFormatAreConfigurationWithLocalDefaults() {
		WorkPermitLimits shipped = new WorkPermitLimits(new MockEnvironment());
		assertThat(shipped.categoryCQuota("jilin")).isEqualTo(200);
		assertThat(shipped.extensionOpensDays("jilin")).isEqualTo(90);
		assertThat(shipped.extensionLatestDays("jilin")).isEqualTo(30);
		assertThat(shipped.localNumbers()).isTrue();
		assertThat(String.format(shipped.numberFormat(), "LN", 2026, 7)).isEqualTo("LNWP2026000007");
		WorkPermitLimits national = new WorkPermitLimits(
				new MockEnvironment().withProperty("approvals.work-permit.number-format", "%2$d-%1$s-%3$08d")
					.withProperty("approvals.work-permit.number-local", "false")
					.withProperty("approvals.work-permit.liaoning.c-quota", "12"));
		assertThat(String.format(national.numberFormat(), "LN", 2026, 7)).isEqualTo("2026-LN-00000007");
		assertThat(national.localNumbers()).isFalse();
		assertThat(national.categoryCQuota("liaoning")).isEqualTo(12);
		// A format the sequence cannot fill stops the start-up, not the first card.
		assertThatThrownBy(() -> new WorkPermitLimits(
				new MockEnvironment().withProperty("approvals.work-permit.number-format", "%1$s-%3$s-%4$d")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("number-format");
		// Without the department's prefix the two departments' numbers would collide.
		assertThatThrownBy(() -> new WorkPermitLimits(
				new MockEnvironment().withProperty("approvals.work-permit.number-format", "WP%2$d%3$06d")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("prefix");
	}

}
