/**
 * Outbound training (因公出国(境)培训): filing of general projects, sign-off of key projects by
 * the department's decision table, publicity before departure and the report after
 * return.
 */
@NullMarked
package org.kjt.approvals.outboundtraining;

import org.jspecify.annotations.NullMarked;
