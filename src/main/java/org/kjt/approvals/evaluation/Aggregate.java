package org.kjt.approvals.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How a panel's totals make the case's score, as the item says. */
public enum Aggregate {

	/** The mean of every expert's total. */
	MEAN,
	/**
	 * The mean once the highest and the lowest total are set aside (with three totals or
	 * more), so that one outlier does not decide.
	 */
	TRIMMED_MEAN;

	/**
	 * The score of a panel.
	 * @param totals each expert's total
	 * @return the score, two decimals, half up
	 */
	public BigDecimal of(List<BigDecimal> totals) {
		if (totals.isEmpty()) {
			throw new IllegalArgumentException("No totals to aggregate");
		}
		List<BigDecimal> counted = new ArrayList<>(totals);
		if (this == TRIMMED_MEAN && counted.size() >= 3) {
			Collections.sort(counted);
			counted = counted.subList(1, counted.size() - 1);
		}
		BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return sum.divide(BigDecimal.valueOf(counted.size()), 2, RoundingMode.HALF_UP);
	}

}
