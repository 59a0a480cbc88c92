/** REST API of natural-science fund projects: the applicant's task book. */
@NullMarked
package org.kjt.approvals.nsf.api;

import org.jspecify.annotations.NullMarked;
