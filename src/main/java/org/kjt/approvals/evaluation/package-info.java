/**
 * Evaluations (评审) shared by every process that has them: calls with a window, the expert
 * pool, panels drawn at random with avoidance, independent scoring, public notices with
 * objections, and certificates.
 */
@NullMarked
package org.kjt.approvals.evaluation;

import org.jspecify.annotations.NullMarked;
