package org.kjt.approvals.cases.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.kjt.approvals.cases.CasePath;

/**
 * The steps a case has reached, in order: done ones ticked, the open one marked; branches
 * the case never took are not shown.
 */
public class StepStrip extends HorizontalLayout {

	/**
	 * @param path the path the case took
	 */
	public StepStrip(CasePath path) {
		setId("process-steps");
		getStyle().set("flex-wrap", "wrap");
		for (CasePath.Step step : path.steps()) {
			String name = getTranslation("step." + step.id());
			// In words as well as colour: done, or where the case stands now.
			Span badge = new Span((step.current() ? "● " : "✓ ") + name + " · "
					+ getTranslation(step.current() ? "trail.current" : "trail.done"));
			badge.getElement().getThemeList().add("badge" + (step.current() ? " primary" : " success"));
			badge.setId("step-" + step.id());
			badge.getElement().setAttribute("data-state", step.current() ? "current" : "done");
			if (step.current()) {
				badge.getElement().setAttribute("aria-current", "step");
			}
			add(badge);
		}
	}

}
