/**
 * Both departments' organisation as reference data: duties, divisions and remits, and the
 * routing table that says which division handles which step of which service item.
 */
@NullMarked
package org.kjt.approvals.orgstructure;

import org.jspecify.annotations.NullMarked;
