/**
 * The rating panel on the applicant's case page.
 */
@NullMarked
package org.kjt.approvals.ratings.ui;

import org.jspecify.annotations.NullMarked;
