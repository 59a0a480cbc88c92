/**
 * Shared kernel every business area may use: the clock, the process folder and
 * translations.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.kjt.approvals.base;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
