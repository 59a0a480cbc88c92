package org.kjt.approvals.ratings.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.cases.ui.ApplicantCasePanel;
import org.kjt.approvals.ratings.Ratings;

/** The rating on a closed case's page: the form until rated, then the rating given. */
@org.springframework.stereotype.Component
class RatingPanel implements ApplicantCasePanel {

	private final Ratings ratings;

	private final LocalTimes times;

	RatingPanel(Ratings ratings, LocalTimes times) {
		this.ratings = ratings;
		this.times = times;
	}

	@Override
	public Optional<Component> panel(CaseView view) {
		if (!Ratings.closed(view) || view.submittedAt() == null) {
			return Optional.empty();
		}
		return Optional.of(new RatingForm(this.ratings, this.times, view));
	}

}
