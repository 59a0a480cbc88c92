/**
 * REST endpoints of ratings.
 */
@NullMarked
package org.kjt.approvals.ratings.api;

import org.jspecify.annotations.NullMarked;
