package org.kjt.approvals.awards;

import java.util.Set;

/**
 * The award's categories, with the most persons one nomination may name (the national
 * rules' numbers, which the provinces follow), and the departments that have it.
 */
public enum AwardCategory {

	/** 自然科学奖. */
	NATURAL_SCIENCE(5, true, Set.of("jilin", "liaoning")),
	/** 技术发明奖. */
	TECHNOLOGICAL_INVENTION(6, true, Set.of("jilin", "liaoning")),
	/** 科学技术进步奖. */
	SCIENCE_PROGRESS(15, true, Set.of("jilin", "liaoning")),
	/** 友谊奖 (省政府友谊奖 / 辽宁友谊奖): one foreign expert, no grade. */
	FRIENDSHIP(1, false, Set.of("jilin", "liaoning")),
	/** 科技成果转化贡献奖: Jilin's duty (十三) names it; Liaoning's does not. */
	TRANSFER_CONTRIBUTION(1, false, Set.of("jilin"));

	private final int maxPersons;

	private final boolean graded;

	private final Set<String> departments;

	AwardCategory(int maxPersons, boolean graded, Set<String> departments) {
		this.maxPersons = maxPersons;
		this.graded = graded;
		this.departments = departments;
	}

	int maxPersons() {
		return this.maxPersons;
	}

	/**
	 * Whether the category has grades (一、二、三等奖).
	 * @return true if graded
	 */
	public boolean graded() {
		return this.graded;
	}

	boolean offeredBy(String departmentCode) {
		return this.departments.contains(departmentCode);
	}

}
