/**
 * The public service catalogue and the applicant portal.
 */
package org.kjt.approvals.cases.ui;
