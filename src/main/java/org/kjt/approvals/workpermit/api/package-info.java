/**
 * REST endpoints of the work-permit area.
 */
package org.kjt.approvals.workpermit.api;
