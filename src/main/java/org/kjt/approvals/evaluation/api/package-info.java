/**
 * REST API of evaluations: calls and public notices (public), objections, the expert's
 * assignments and scores, the pool and panels for the responsible division, certificates.
 */
@NullMarked
package org.kjt.approvals.evaluation.api;

import org.jspecify.annotations.NullMarked;
