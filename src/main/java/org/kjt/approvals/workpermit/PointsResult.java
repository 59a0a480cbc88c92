package org.kjt.approvals.workpermit;

import java.util.List;
import java.util.Map;

/**
 * The score and the category it proposes.
 *
 * @param total total points
 * @param breakdown points per factor, in table order
 * @param category proposed category: A (外国高端人才), B (外国专业人才) or C (外国普通人员)
 * @param reasons why that category (rule keys with their values)
 */
public record PointsResult(int total, Map<String, Integer> breakdown, String category, List<String> reasons) {

}
