package org.kjt.approvals.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one item is evaluated: its panel, scoring sheet, pass mark and public notice.
 *
 * @param code service item code
 * @param panel how many experts of each kind a panel has
 * @param disciplineField the form field naming the application's discipline (technical
 * experts are drawn from it)
 * @param scoringWorkingDays working days the panel has to score
 * @param reminderWorkingDays working days before the due date that experts are reminded
 * @param aggregate how the totals make the score
 * @param passMark the pass mark
 * @param passAbove whether the score must be above the mark (more than 70), not only
 * reach it
 * @param noticeWorkingDays working days of the public notice
 * @param criteria the scoring sheet
 * @param certificateValidityYears years a certificate is valid (0: no end)
 * @param certificateNumberFormat the certificate number's format: arguments the
 * department's province code, the year and the sequence
 */
public record EvaluationItem(String code, Map<ExpertKind, Integer> panel, String disciplineField,
		int scoringWorkingDays, int reminderWorkingDays, Aggregate aggregate, BigDecimal passMark, boolean passAbove,
		int noticeWorkingDays, List<Criterion> criteria, int certificateValidityYears, String certificateNumberFormat) {

	/**
	 * Whether a score passes.
	 * @param score the aggregate score
	 * @return true if it passes
	 */
	public boolean passes(BigDecimal score) {
		int compared = score.compareTo(this.passMark);
		return this.passAbove ? compared > 0 : compared >= 0;
	}

	/**
	 * The most points the sheet gives.
	 * @return the sum of the criteria's maxima
	 */
	public int maximum() {
		return this.criteria.stream().mapToInt(Criterion::max).sum();
	}

	/**
	 * How many experts the panel has.
	 * @return the size
	 */
	public int panelSize() {
		return this.panel.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * A criterion of the scoring sheet.
	 *
	 * @param code criterion code (the key of its points)
	 * @param name Chinese name
	 * @param nameEn English name
	 * @param max the most points
	 */
	public record Criterion(String code, String name, String nameEn, int max) {

		/**
		 * The name in the reader's language.
		 * @param locale the reader's locale
		 * @return the name
		 */
		public String name(Locale locale) {
			return (locale != null && "en".equals(locale.getLanguage())) ? this.nameEn : this.name;
		}

	}

}
