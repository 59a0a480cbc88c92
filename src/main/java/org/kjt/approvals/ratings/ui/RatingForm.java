package org.kjt.approvals.ratings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.kjt.approvals.base.Transient;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.base.ui.Refusals;
import org.kjt.approvals.cases.CaseView;
import org.kjt.approvals.ratings.RatingLevel;
import org.kjt.approvals.ratings.Ratings;

/**
 * Rates a closed case: the five levels, a reason required for the poor ones; once rated,
 * the rating and what the division did about a poor one.
 */
class RatingForm extends VerticalLayout {

	private final Ratings ratings;

	private final LocalTimes times;

	private final CaseView view;

	RatingForm(Ratings ratings, LocalTimes times, CaseView view) {
		this.ratings = ratings;
		this.times = times;
		this.view = view;
		setId("rating");
		setPadding(false);
		render();
	}

	private void render() {
		removeAll();
		add(new H3(getTranslation("rating.title")));
		this.ratings.mine(this.view.id()).ifPresentOrElse(this::given, this::form);
	}

	private void given(Ratings.RatingView rating) {
		Paragraph given = new Paragraph(getTranslation("rating.given", getTranslation("rating.level." + rating.level()),
				this.times.format(rating.ratedAt())));
		given.setId("rating-given");
		add(given);
		if (rating.reason() != null) {
			Paragraph reason = new Paragraph(
					getTranslation("rating.reason") + getTranslation("colon") + rating.reason());
			reason.getStyle().set("overflow-wrap", "anywhere");
			add(reason);
		}
		if (rating.followUpAt() != null) {
			Paragraph done = new Paragraph(getTranslation("rating.followUpDone", this.times.format(rating.followUpAt()),
					rating.followUpNote()));
			done.setId("rating-follow-up");
			done.getStyle().set("overflow-wrap", "anywhere").set("white-space", "pre-wrap");
			add(done);
		}
		else if (rating.followedUp()) {
			Paragraph open = new Paragraph(getTranslation("rating.followUpOpen"));
			open.setId("rating-follow-up");
			add(open);
		}
	}

	private void form() {
		add(new Paragraph(getTranslation("rating.intro")));
		RadioButtonGroup<RatingLevel> level = new RadioButtonGroup<>(getTranslation("rating.level"));
		level.setId("rating-level");
		level.setItems(RatingLevel.values());
		level.setItemLabelGenerator((choice) -> getTranslation("rating.level." + choice));
		level.setRequiredIndicatorVisible(true);
		TextArea reason = new TextArea(getTranslation("rating.reason"));
		reason.setId("rating-reason");
		reason.setHelperText(getTranslation("rating.reasonHint"));
		reason.setMaxLength(1000);
		reason.setWidthFull();
		level.addValueChangeListener(
				(event) -> reason.setRequiredIndicatorVisible(event.getValue() != null && event.getValue().poor()));
		Button submit = new Button(getTranslation("rating.submit"), (click) -> {
			RatingLevel chosen = level.getValue();
			String text = reason.getValue();
			if (Refusals.attempt(() -> Transient.retry(() -> this.ratings.rate(this.view.id(), chosen, text)))) {
				Notification.show(getTranslation("rating.thanks"), 3000, Notification.Position.TOP_CENTER)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
				render();
			}
		});
		submit.setId("rating-submit");
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(level, reason, submit);
	}

}
