/**
 * 好差评: the applicant rates a closed case once on the five national levels; a poor rating
 * needs a reason and puts a follow-up (整改) in the handling division head's queue; results
 * per item and division.
 */
@NullMarked
package org.kjt.approvals.ratings;

import org.jspecify.annotations.NullMarked;
