/**
 * The public service catalogue and the applicant portal; process modules add their own
 * applicant steps' panels through {@link org.kjt.approvals.cases.ui.ApplicantStepPanel}.
 */
@NamedInterface("ui")
@NullMarked
package org.kjt.approvals.cases.ui;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
