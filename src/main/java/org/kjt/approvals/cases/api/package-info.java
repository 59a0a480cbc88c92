/**
 * REST endpoints of the case machinery.
 */
@NullMarked
package org.kjt.approvals.cases.api;

import org.jspecify.annotations.NullMarked;
