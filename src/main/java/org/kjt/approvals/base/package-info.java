/**
 * Shared kernel every business area may use: the clock, the process folder and
 * translations.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@NullMarked
package org.kjt.approvals.base;

import org.jspecify.annotations.NullMarked;
