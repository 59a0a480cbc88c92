package org.kjt.approvals.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kjt.approvals.security.CreditCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw over many seeds: an expert of the applicant's organisation, or one the
 * applicant names, is never drawn; technical experts always cover the discipline; the
 * same seed gives the same panel; every eligible expert is drawn sometimes.
 */
class PanelDrawingTests {

	static final String APPLICANT = CreditCode.withCheck("91210100MA0YQ8C25");

	static final Map<ExpertKind, Integer> COMPOSITION = Map.of(ExpertKind.TECHNICAL, 3, ExpertKind.FINANCIAL, 1);

	@Test
	void neverAnExpertOfTheApplicantOrOneItNamesOverThousandsOfSeededDraws() {
		List<PanelDrawing.Candidate> pool = pool(new Random(7));
		Set<Long> drawnEver = new HashSet<>();
		for (long seed = 0; seed < 5000; seed++) {
			List<PanelDrawing.Candidate> panel = PanelDrawing.draw(pool, COMPOSITION, Discipline.BIOMEDICINE, seed,
					APPLICANT, "专家九;某某会计师事务所、" + "91210100MA00000X1Y".toLowerCase(), Set.of());
			assertThat(panel).hasSize(4);
			assertThat(panel).noneMatch((expert) -> expert.creditCode().equals(APPLICANT));
			assertThat(panel).noneMatch((expert) -> expert.name().equals("专家九"));
			assertThat(panel).noneMatch((expert) -> expert.organisationName().equals("某某会计师事务所"));
			assertThat(panel).noneMatch((expert) -> expert.creditCode().equals("91210100MA00000X1Y"));
			assertThat(panel).filteredOn((expert) -> expert.kind() == ExpertKind.TECHNICAL)
				.hasSize(3)
				.allMatch((expert) -> expert.disciplines().contains(Discipline.BIOMEDICINE));
			assertThat(panel).extracting(PanelDrawing.Candidate::id).doesNotHaveDuplicates();
			panel.forEach((expert) -> drawnEver.add(expert.id()));
		}
		long eligible = pool.stream()
			.filter((expert) -> PanelDrawing.eligible(expert, Discipline.BIOMEDICINE, APPLICANT,
					PanelDrawing.names("专家九;某某会计师事务所、91210100MA00000X1Y"), Set.of()))
			.filter((expert) -> expert.kind() != ExpertKind.MANAGEMENT)
			.count();
		assertThat(drawnEver).hasSize((int) eligible);
	}

	@Test
	void theSameSeedGivesTheSamePanelAndAnotherSeedUsuallyAnother() {
		List<PanelDrawing.Candidate> pool = pool(new Random(11));
		List<PanelDrawing.Candidate> shuffled = new ArrayList<>(pool);
		java.util.Collections.reverse(shuffled);
		Set<List<Long>> panels = new HashSet<>();
		for (long seed = 100; seed < 200; seed++) {
			List<Long> once = ids(
					PanelDrawing.draw(pool, COMPOSITION, Discipline.BIOMEDICINE, seed, APPLICANT, null, Set.of()));
			// The order the pool is read in does not matter: it is taken by id.
			List<Long> again = ids(
					PanelDrawing.draw(shuffled, COMPOSITION, Discipline.BIOMEDICINE, seed, APPLICANT, null, Set.of()));
			assertThat(again).isEqualTo(once);
			panels.add(once);
		}
		assertThat(panels).hasSizeGreaterThan(50);
	}

	@Test
	void tooFewEligibleGivesASmallerPanelAndExcludedExpertsAreNotDrawnAgain() {
		List<PanelDrawing.Candidate> pool = List.of(
				new PanelDrawing.Candidate(1, "甲", "甲大学", CreditCode.withCheck("12210000MB0000001"),
						ExpertKind.TECHNICAL, EnumSet.of(Discipline.NEW_ENERGY)),
				new PanelDrawing.Candidate(2, "乙", "乙大学", CreditCode.withCheck("12210000MB0000002"),
						ExpertKind.TECHNICAL, EnumSet.of(Discipline.NEW_ENERGY)),
				new PanelDrawing.Candidate(3, "丙", "丙所", CreditCode.withCheck("91210100MA0000003"),
						ExpertKind.FINANCIAL, EnumSet.noneOf(Discipline.class)));
		assertThat(PanelDrawing.draw(pool, COMPOSITION, Discipline.NEW_ENERGY, 1, APPLICANT, null, Set.of()))
			.hasSize(3);
		assertThat(PanelDrawing.draw(pool, Map.of(ExpertKind.TECHNICAL, 1), Discipline.NEW_ENERGY, 1, APPLICANT, null,
				Set.of(1L, 2L)))
			.isEmpty();
	}

	private static List<Long> ids(List<PanelDrawing.Candidate> panel) {
		return panel.stream().map(PanelDrawing.Candidate::id).toList();
	}

	/**
	 * Forty experts of random kinds and fields; some of the applicant's organisation, one
	 * named, one of a named organisation, one by a named credit code.
	 */
	private static List<PanelDrawing.Candidate> pool(Random random) {
		List<PanelDrawing.Candidate> pool = new ArrayList<>();
		Discipline[] fields = Discipline.values();
		for (int i = 1; i <= 40; i++) {
			ExpertKind kind = (i % 5 == 0) ? ExpertKind.FINANCIAL
					: (i % 13 == 0) ? ExpertKind.MANAGEMENT : ExpertKind.TECHNICAL;
			Set<Discipline> disciplines = EnumSet.of(fields[random.nextInt(fields.length)]);
			if (i % 2 == 0) {
				disciplines.add(Discipline.BIOMEDICINE);
			}
			String code = (i % 7 == 0) ? APPLICANT : CreditCode.withCheck(String.format("1221000%010d", i));
			pool.add(new PanelDrawing.Candidate(i, "专家" + i, "单位" + i, code, kind, disciplines));
		}
		pool.add(new PanelDrawing.Candidate(41, "专家九", "某大学", CreditCode.withCheck("12210000MB0000041"),
				ExpertKind.TECHNICAL, EnumSet.of(Discipline.BIOMEDICINE)));
		pool.add(new PanelDrawing.Candidate(42, "会计师", "某某会计师事务所", CreditCode.withCheck("91210100MA0000042"),
				ExpertKind.FINANCIAL, EnumSet.noneOf(Discipline.class)));
		pool.add(new PanelDrawing.Candidate(43, "审计师", "另一事务所", "91210100MA00000X1Y", ExpertKind.FINANCIAL,
				EnumSet.noneOf(Discipline.class)));
		return pool;
	}

}
