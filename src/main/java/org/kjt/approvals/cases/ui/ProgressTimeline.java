package org.kjt.approvals.cases.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.kjt.approvals.base.ui.Words;
import org.kjt.approvals.cases.CaseProgress;

/**
 * A case's progress as a timeline: the steps it reached in order (branches never taken
 * are not shown), each with the day reached, the day finished and the working days spent;
 * the deadline and what is left of it, in words besides the colour.
 */
class ProgressTimeline extends Div {

	ProgressTimeline(CaseProgress.Progress progress) {
		setId("progress-timeline");
		Span status = new Span(Words.status(this, progress.item(), progress.status()));
		status.setId("progress-status");
		status.getElement().getThemeList().add("badge");
		Paragraph facts = new Paragraph();
		facts.add(status);
		facts.add(new Span(
				" " + getTranslation("progress.submittedOn") + getTranslation("colon") + progress.submittedOn()));
		if (progress.deadline() != null) {
			Span deadline = new Span(
					" · " + getTranslation("progress.deadline") + getTranslation("colon") + progress.deadline());
			deadline.setId("progress-deadline");
			facts.add(deadline);
			Integer left = progress.remainingWorkingDays();
			if (left != null && !progress.status().isDecided()) {
				// Urgency in words and an icon, not colour alone (WCAG 1.4.1).
				Span remaining = new Span((left < 0) ? " ⚠ " + getTranslation("progress.overdue", -left)
						: ((left <= 3) ? " ⏰ " : " ") + getTranslation("progress.remaining", left));
				remaining.setId("progress-remaining");
				remaining.getElement()
					.getThemeList()
					.add((left < 0) ? "badge error" : (left <= 3) ? "badge contrast" : "badge");
				facts.add(remaining);
			}
			if (progress.provisional()) {
				facts.add(new Span(" " + getTranslation("progress.provisional")));
			}
		}
		add(facts);
		if (progress.extended()) {
			add(new Paragraph(getTranslation("progress.extended")));
		}
		add(new H3(getTranslation("progress.timeline")));
		OrderedList steps = new OrderedList();
		steps.setId("progress-steps");
		steps.getStyle()
			.set("list-style", "none")
			.set("padding-left", "0")
			.set("border-left", "3px solid var(--lumo-contrast-20pct)")
			.set("margin-left", "0.5em");
		for (CaseProgress.TimelineStep step : progress.steps()) {
			ListItem item = new ListItem();
			item.setId("progress-step-" + step.step());
			item.getElement().setAttribute("data-state", step.current() ? "current" : "done");
			if (step.current()) {
				item.getElement().setAttribute("aria-current", "step");
			}
			item.getStyle().set("padding", "0.25em 0 0.5em 1em");
			Span name = new Span((step.current() ? "● " : "✓ ") + getTranslation("step." + step.step()));
			name.getStyle().set("font-weight", "600");
			Span state = new Span(getTranslation(step.current() ? "progress.current" : "progress.done"));
			state.getElement().getThemeList().add(step.current() ? "badge primary" : "badge success");
			StringBuilder when = new StringBuilder(getTranslation("progress.reachedOn", step.reachedOn()));
			if (step.finishedOn() != null) {
				when.append(" · ").append(getTranslation("progress.finishedOn", step.finishedOn()));
			}
			when.append(" · ").append(getTranslation("progress.workingDays", step.workingDays()));
			Div dates = new Div(new Span(when.toString()));
			dates.getStyle()
				.set("color", "var(--lumo-secondary-text-color)")
				.set("font-size", "var(--lumo-font-size-s)");
			item.add(name, new Html("<span> </span>"), state, dates);
			steps.add(item);
		}
		add(steps);
	}

}
