/**
 * Views of evaluations: calls and public notices for everyone, the expert's assignments,
 * and the division's calls, pool, panels and objections.
 */
@NullMarked
package org.kjt.approvals.evaluation.ui;

import org.jspecify.annotations.NullMarked;
