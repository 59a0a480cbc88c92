package org.kjt.approvals.messages.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kjt.approvals.base.Paging;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.messages.Messages;

import org.springframework.data.domain.Page;

/**
 * 消息中心: what the system told me about my cases, newest first; unread ones marked in words
 * and weight, each leading to its case.
 */
@Route("messages")
@Menu(title = "messages.menu", order = 6.5)
@RolesAllowed({ "APPLICANT", "EXPERT" })
class MessagesView extends VerticalLayout implements HasDynamicTitle {

	private static final int PAGE_SIZE = 20;

	private final Messages messages;

	private final LocalTimes times;

	private final VerticalLayout list = new VerticalLayout();

	private final Button more = new Button();

	private int page;

	MessagesView(Messages messages, LocalTimes times) {
		this.messages = messages;
		this.times = times;
		Button readAll = new Button(getTranslation("messages.markAllRead"), (click) -> {
			this.messages.markAllRead();
			reload();
		});
		readAll.setId("messages-read-all");
		readAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("messages.title")), readAll);
		top.setAlignItems(FlexComponent.Alignment.BASELINE);
		top.getStyle().set("flex-wrap", "wrap");
		this.list.setId("messages");
		this.list.setPadding(false);
		this.more.setText(getTranslation("messages.more"));
		this.more.setId("messages-more");
		this.more.addClickListener((click) -> {
			this.page++;
			show();
		});
		add(top, this.list, this.more);
		reload();
	}

	private void reload() {
		this.page = 0;
		this.list.removeAll();
		show();
	}

	private void show() {
		Page<Messages.MessageView> found = this.messages.mine(Paging.of(this.page, PAGE_SIZE), getLocale());
		if (found.getTotalElements() == 0) {
			Paragraph empty = new Paragraph(getTranslation("messages.empty"));
			empty.setId("messages-empty");
			this.list.add(empty);
		}
		found.forEach((message) -> this.list.add(card(message)));
		this.more.setVisible(found.hasNext());
	}

	private Div card(Messages.MessageView message) {
		Div card = new Div();
		card.setId("message-" + message.id());
		card.getElement().setAttribute("data-read", String.valueOf(message.read()));
		card.getStyle()
			.set("border", "1px solid var(--lumo-contrast-10pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
			.set("width", "100%")
			.set("box-sizing", "border-box");
		Span title = new Span(message.title() + " · " + message.referenceNo());
		title.getStyle().set("font-weight", message.read() ? "normal" : "700");
		HorizontalLayout head = new HorizontalLayout();
		head.getStyle().set("flex-wrap", "wrap");
		head.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (!message.read()) {
			// Unread in words, not in weight alone.
			Span unread = new Span(getTranslation("messages.unread"));
			unread.getElement().getThemeList().add("badge primary small");
			head.add(unread);
		}
		head.add(title, new Span(this.times.format(message.createdAt())));
		Paragraph body = new Paragraph(message.body());
		body.getStyle().set("margin", "0.25em 0").set("overflow-wrap", "anywhere");
		Anchor open = new Anchor(message.link(),
				getTranslation(message.link().startsWith("expert") ? "messages.openAssignments" : "messages.openCase"));
		open.getElement().addEventListener("click", (event) -> this.messages.markRead(message.id()));
		HorizontalLayout actions = new HorizontalLayout(open);
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (!message.read()) {
			Button read = new Button(getTranslation("messages.markRead"), (click) -> {
				this.messages.markRead(message.id());
				reload();
			});
			read.setId("message-read-" + message.id());
			read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
			actions.add(read);
		}
		card.add(head, body, actions);
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("messages.title");
	}

}
