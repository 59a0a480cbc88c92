package org.kjt.approvals.cases.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.kjt.approvals.cases.CaseView;

/**
 * Another module's panel on the applicant's case page, about the case as a whole rather
 * than its current step (e.g. the rating of a closed case).
 */
public interface ApplicantCasePanel {

	/**
	 * The panel, if it has something to show for this case.
	 * @param view the case
	 * @return the component
	 */
	Optional<Component> panel(CaseView view);

}
