/**
 * The public organisation view and the admin's routing table editor.
 */
package org.kjt.approvals.orgstructure.ui;
