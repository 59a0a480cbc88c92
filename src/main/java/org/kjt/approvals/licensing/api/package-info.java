/**
 * Public REST verification of licences.
 */
package org.kjt.approvals.licensing.api;
