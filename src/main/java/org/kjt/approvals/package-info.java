/**
 * 科技厅 approvals: workflow-driven administrative approvals for provincial Departments of
 * Science and Technology.
 */
package org.kjt.approvals;
