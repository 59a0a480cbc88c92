/**
 * The public organisation view and the admin's routing table editor.
 */
@NullMarked
package org.kjt.approvals.orgstructure.ui;

import org.jspecify.annotations.NullMarked;
