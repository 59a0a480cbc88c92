package org.kjt.approvals.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.kjt.approvals.base.DomainException;

/**
 * A public page where anyone checks a document by its number (licence, work permit,
 * certificate): the page its QR code opens with the number, verified at once, or where
 * the number is typed in. A page names its texts ({@code <texts>.title}, {@code .intro},
 * {@code .submit}, {@code .enterNumber}) and its element ids ({@code <ids>-number},
 * {@code <ids>}, {@code <ids>-result}, {@code <ids>-missing}, {@code <ids>-status}), and
 * says what a number stands for.
 */
public abstract class NumberVerification extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	private final String ids;

	private final String texts;

	private final TextField number;

	private final VerticalLayout result = new VerticalLayout();

	/**
	 * @param ids the prefix of the page's element ids
	 * @param texts the prefix of its texts' keys
	 * @param numberLabel the key of the number's label
	 */
	protected NumberVerification(String ids, String texts, String numberLabel) {
		this.ids = ids;
		this.texts = texts;
		this.number = new TextField(getTranslation(numberLabel));
		this.number.setId(ids + "-number");
		this.number.setMaxLength(64);
		Button verify = new Button(getTranslation(texts + ".submit"), (click) -> verify());
		verify.setId(ids);
		verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		verify.addClickShortcut(Key.ENTER);
		FlexLayout row = new FlexLayout(this.number, verify);
		row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.getStyle().set("gap", "var(--lumo-space-m)");
		this.result.setId(ids + "-result");
		this.result.setPadding(false);
		add(new H2(getTranslation(texts + ".title")), new Paragraph(getTranslation(texts + ".intro")), row,
				this.result);
	}

	/**
	 * What the number stands for, as shown.
	 * @param given the number as typed, trimmed
	 * @return the details
	 * @throws DomainException when there is no such document
	 */
	protected abstract Component found(String given);

	/**
	 * A document's state in words and colour.
	 * @param text the state
	 * @param good whether it is in force
	 * @return the badge
	 */
	protected Span status(String text, boolean good) {
		Span status = new Span(text);
		status.setId(this.ids + "-status");
		status.getElement().getThemeList().add(good ? "badge success" : "badge error");
		return status;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		// The QR code's link carries the number: verified at once.
		event.getLocation().getQueryParameters().getSingleParameter("number").ifPresent((given) -> {
			this.number.setValue(given);
			verify();
		});
	}

	private void verify() {
		this.result.removeAll();
		String given = this.number.getValue();
		if (given == null || given.isBlank()) {
			this.result.add(new Paragraph(getTranslation(this.texts + ".enterNumber")));
			return;
		}
		try {
			this.result.add(found(given.strip()));
		}
		catch (DomainException ex) {
			Paragraph missing = new Paragraph(getTranslation(ex.messageKey(), ex.arguments()));
			missing.setId(this.ids + "-missing");
			missing.getElement().setAttribute("role", "alert");
			this.result.add(missing);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation(this.texts + ".title");
	}

}
