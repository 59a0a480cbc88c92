/**
 * Log-in and registration views.
 */
package org.kjt.approvals.security.ui;
