/** Views of natural-science fund projects: the applicant's task book on the case page. */
@NullMarked
package org.kjt.approvals.nsf.ui;

import org.jspecify.annotations.NullMarked;
