/**
 * The application frame: main layout, navigation by role, language switch and the start
 * page.
 */
package org.kjt.approvals.shell;
