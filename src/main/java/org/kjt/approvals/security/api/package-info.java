/**
 * REST endpoints of accounts: registration, the current user and staff administration.
 */
@NullMarked
package org.kjt.approvals.security.api;

import org.jspecify.annotations.NullMarked;
