/**
 * REST endpoints of the case machinery.
 */
package org.kjt.approvals.cases.api;
