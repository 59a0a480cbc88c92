/**
 * REST endpoints of the work-permit area.
 */
@NullMarked
package org.kjt.approvals.workpermit.api;

import org.jspecify.annotations.NullMarked;
