package org.kjt.approvals.ratings;

/**
 * The five levels of the national 好差评 scheme (政务服务“好差评”制度), best first.
 */
public enum RatingLevel {

	/** 非常满意. */
	VERY_SATISFIED,
	/** 满意. */
	SATISFIED,
	/** 基本满意. */
	BASIC,
	/** 不满意. */
	DISSATISFIED,
	/** 非常不满意. */
	VERY_DISSATISFIED;

	/**
	 * A poor rating: it needs a reason and is followed up (整改).
	 * @return whether it is 不满意 or 非常不满意
	 */
	public boolean poor() {
		return this == DISSATISFIED || this == VERY_DISSATISFIED;
	}

}
