/**
 * The generic case machinery every approval process reuses: service catalogue, cases,
 * their history, statutory clock and written notices.
 */
@NullMarked
package org.kjt.approvals.cases;

import org.jspecify.annotations.NullMarked;
