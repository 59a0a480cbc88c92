package org.kjt.approvals.cases.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import org.kjt.approvals.cases.CaseView;

/**
 * A process module's panel on the applicant's case page for a step the applicant answers
 * right there (e.g. the hearing request of licensing).
 */
public interface ApplicantStepPanel {

	/**
	 * Whether this panel answers a step.
	 * @param processKey BPMN process key of the case
	 * @param step the step the case waits at
	 * @return true if so
	 */
	boolean handles(String processKey, String step);

	/**
	 * The panel.
	 * @param view the case
	 * @param changed called with the case after the applicant acted
	 * @return the component
	 */
	Component panel(CaseView view, Consumer<CaseView> changed);

}
