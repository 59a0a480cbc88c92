/**
 * Foreigners' work permits (外国人来华工作许可): the points table and the category it proposes.
 */
@NullMarked
package org.kjt.approvals.workpermit;

import org.jspecify.annotations.NullMarked;
