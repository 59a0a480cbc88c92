/**
 * Vaadin layout and start page.
 */
package org.kjt.approvals.shell.ui;
