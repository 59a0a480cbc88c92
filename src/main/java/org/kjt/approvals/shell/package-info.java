/**
 * The application frame: main layout, navigation by role, language switch and the start
 * page.
 */
@NullMarked
package org.kjt.approvals.shell;

import org.jspecify.annotations.NullMarked;
