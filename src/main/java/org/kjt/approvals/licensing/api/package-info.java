/**
 * Public REST verification of licences.
 */
@NullMarked
package org.kjt.approvals.licensing.api;

import org.jspecify.annotations.NullMarked;
