/**
 * The generic case machinery every approval process reuses: service catalogue, cases,
 * their history, statutory clock and written notices.
 */
package org.kjt.approvals.cases;
