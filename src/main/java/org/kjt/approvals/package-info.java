/**
 * 科技厅 approvals: workflow-driven administrative approvals for provincial Departments of
 * Science and Technology.
 */
@NullMarked
package org.kjt.approvals;

import org.jspecify.annotations.NullMarked;
