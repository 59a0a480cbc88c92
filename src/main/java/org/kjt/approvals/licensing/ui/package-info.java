/**
 * Licensing's own parts of the applicant portal.
 */
@NullMarked
package org.kjt.approvals.licensing.ui;

import org.jspecify.annotations.NullMarked;
