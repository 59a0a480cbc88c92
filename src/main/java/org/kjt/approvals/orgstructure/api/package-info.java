/**
 * Public REST endpoints of the org structure and the admin routing endpoint.
 */
package org.kjt.approvals.orgstructure.api;
