/**
 * 自然科学基金项目 (both departments): application in a call, formal check, peer review by a
 * panel with avoidance, the panel meeting's recommendation with an amount, public notice
 * with objections, the funding decision (立项), and the task book. In Jilin the 省自然科学基金委
 * takes the intake and review and the department approves the result.
 */
@NullMarked
package org.kjt.approvals.nsf;

import org.jspecify.annotations.NullMarked;
