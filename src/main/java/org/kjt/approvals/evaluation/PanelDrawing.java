package org.kjt.approvals.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The draw itself, a function of the pool, the composition, the seed and whom to avoid:
 * the same seed over the same pool gives the same panel, so a draw can be checked
 * afterwards. An expert of the applicant's organisation, or one the applicant names, is
 * never eligible; technical experts must cover the application's discipline.
 */
final class PanelDrawing {

	private PanelDrawing() {
	}

	/**
	 * An expert as the draw sees them.
	 *
	 * @param id expert id (the pool is taken in this order before shuffling)
	 * @param name name
	 * @param organisationName organisation
	 * @param creditCode its credit code
	 * @param kind kind
	 * @param disciplines fields
	 */
	record Candidate(long id, String name, String organisationName, String creditCode, ExpertKind kind,
			Set<Discipline> disciplines) {

		static Candidate of(Expert expert) {
			return new Candidate(expert.getId(), expert.getName(), expert.getOrganisationName(), expert.getCreditCode(),
					expert.getKind(), expert.disciplines());
		}

	}

	/**
	 * Draws a panel.
	 * @param pool the active experts
	 * @param composition how many of each kind
	 * @param discipline the application's discipline
	 * @param seed the seed
	 * @param applicantCreditCode the applicant's credit code
	 * @param avoided whom the applicant names
	 * @param excluded experts not to draw (already seated in this round)
	 * @return the experts drawn, by kind in the enum's order; fewer than asked if the
	 * pool has too few eligible
	 */
	static List<Candidate> draw(Collection<Candidate> pool, Map<ExpertKind, Integer> composition, Discipline discipline,
			long seed, @Nullable String applicantCreditCode, @Nullable String avoided, Set<Long> excluded) {
		Random random = new Random(seed);
		Set<String> named = names(avoided);
		List<Candidate> ordered = pool.stream()
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.filter((candidate) -> eligible(candidate, discipline, applicantCreditCode, named, excluded))
			.toList();
		List<Candidate> drawn = new ArrayList<>();
		for (ExpertKind kind : ExpertKind.values()) {
			int wanted = composition.getOrDefault(kind, 0);
			if (wanted == 0) {
				continue;
			}
			List<Candidate> ofKind = new ArrayList<>(ordered.stream().filter((c) -> c.kind() == kind).toList());
			Collections.shuffle(ofKind, random);
			drawn.addAll(ofKind.subList(0, Math.min(wanted, ofKind.size())));
		}
		return drawn;
	}

	/**
	 * Whether an expert may sit on the applicant's panel at all.
	 * @param candidate the expert
	 * @param discipline the application's discipline
	 * @param applicantCreditCode the applicant's credit code
	 * @param named the names, organisations and codes the applicant avoids
	 * @param excluded experts not to draw
	 * @return true if eligible
	 */
	static boolean eligible(Candidate candidate, Discipline discipline, @Nullable String applicantCreditCode,
			Set<String> named, Set<Long> excluded) {
		if (excluded.contains(candidate.id())) {
			return false;
		}
		if (applicantCreditCode != null && applicantCreditCode.equalsIgnoreCase(candidate.creditCode())) {
			return false;
		}
		if (named.contains(candidate.name()) || named.contains(candidate.organisationName())
				|| named.contains(candidate.creditCode().toUpperCase(Locale.ROOT))) {
			return false;
		}
		return candidate.kind() != ExpertKind.TECHNICAL || candidate.disciplines().contains(discipline);
	}

	/**
	 * The names in the applicant's list of whom to avoid.
	 * @param avoided the list as entered
	 * @return its entries, trimmed (credit codes in capitals)
	 */
	static Set<String> names(@Nullable String avoided) {
		if (avoided == null || avoided.isBlank()) {
			return Set.of();
		}
		return java.util.Arrays.stream(avoided.split("[;；,，、\\n]"))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.map((name) -> (name.length() == 18 && name.matches("[0-9A-Za-z]{18}")) ? name.toUpperCase(Locale.ROOT)
					: name)
			.collect(Collectors.toUnmodifiableSet());
	}

}
