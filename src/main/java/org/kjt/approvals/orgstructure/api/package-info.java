/**
 * Public REST endpoints of the org structure and the admin routing endpoint.
 */
@NullMarked
package org.kjt.approvals.orgstructure.api;

import org.jspecify.annotations.NullMarked;
