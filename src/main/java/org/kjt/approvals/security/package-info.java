/**
 * Accounts, roles, log-in and the rules of who may call what, for the UI and the REST API
 * alike.
 */
@NullMarked
package org.kjt.approvals.security;

import org.jspecify.annotations.NullMarked;
