package org.kjt.approvals.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kjt.approvals.base.DomainException;
import org.kjt.approvals.base.ui.LocalTimes;
import org.kjt.approvals.evaluation.CallView;
import org.kjt.approvals.evaluation.Calls;
import org.kjt.approvals.evaluation.PublicNoticeView;
import org.kjt.approvals.evaluation.PublicNotices;

/**
 * 公示与申报 (public): the calls open and coming, and the proposed results on public notice
 * with their objection window; anyone may object to a notice with a name, a contact and a
 * reason.
 */
@Route("public-notices")
@Menu(title = "publicNotice.menu", order = 3)
@AnonymousAllowed
class PublicNoticesView extends VerticalLayout implements HasDynamicTitle {

	private final PublicNotices notices;

	private final Calls calls;

	private final LocalTimes times;

	private final Select<String> department = new Select<>();

	private final Div content = new Div();

	PublicNoticesView(PublicNotices notices, Calls calls, LocalTimes times) {
		this.notices = notices;
		this.calls = calls;
		this.times = times;
		setMaxWidth("960px");
		this.department.setId("notice-department");
		this.department.setLabel(getTranslation("publicNotice.department"));
		this.department.setItems("", "jilin", "liaoning");
		this.department.setItemLabelGenerator((code) -> code.isEmpty() ? getTranslation("publicNotice.allDepartments")
				: getTranslation("register.department." + code));
		this.department.setValue("");
		this.department.addValueChangeListener((change) -> show());
		this.content.setWidthFull();
		add(new H2(getTranslation("publicNotice.title")), new Paragraph(getTranslation("publicNotice.intro")),
				this.department, this.content);
		show();
	}

	private void show() {
		this.content.removeAll();
		String chosen = this.department.getValue().isEmpty() ? null : this.department.getValue();
		this.content.add(new H3(getTranslation("calls.title")));
		List<CallView> published = this.calls.published(chosen, getLocale());
		if (published.isEmpty()) {
			this.content.add(new Paragraph(getTranslation("calls.none")));
		}
		for (CallView call : published) {
			Div card = card();
			card.setId("call-" + call.id());
			card.add(new H3(call.title()),
					new Paragraph(
							call.itemName() + " · " + getTranslation("register.department." + call.departmentCode())),
					new Paragraph(getTranslation("calls.window", this.times.format(call.opensAt()),
							this.times.format(call.closesAt()), getTranslation("callState." + call.state()))
							+ ((call.quota() != null) ? " · " + getTranslation("calls.quota", call.quota()) : "")
							+ (call.extended() ? " · " + getTranslation("calls.extended", call.extensionReason())
									: "")));
			this.content.add(card);
		}
		this.content.add(new H3(getTranslation("publicNotice.running")));
		List<PublicNoticeView> running = this.notices
			.running(chosen, org.springframework.data.domain.PageRequest.of(0, 50), getLocale())
			.getContent();
		if (running.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("publicNotice.none"));
			none.setId("notices-none");
			this.content.add(none);
		}
		for (PublicNoticeView notice : running) {
			Div card = card();
			card.setId("notice-" + notice.id());
			Button object = new Button(getTranslation("publicNotice.object"), (click) -> objectDialog(notice));
			object.setId("object-" + notice.id());
			card.add(new H3(notice.subject()), new Paragraph(notice.itemName() + " · " + notice.proposal()),
					new Paragraph(getTranslation("publicNotice.window", notice.startsOn().toString(),
							notice.endsOn().toString())),
					object);
			this.content.add(card);
		}
	}

	private void objectDialog(PublicNoticeView notice) {
		Dialog dialog = new Dialog(getTranslation("publicNotice.objectTitle", notice.subject()));
		TextField name = new TextField(getTranslation("publicNotice.name"));
		name.setId("objection-name");
		name.setMaxLength(100);
		name.setRequiredIndicatorVisible(true);
		TextField contact = new TextField(getTranslation("publicNotice.contact"));
		contact.setId("objection-contact");
		contact.setMaxLength(200);
		contact.setRequiredIndicatorVisible(true);
		TextArea reason = new TextArea(getTranslation("publicNotice.reason"));
		reason.setId("objection-reason");
		reason.setMaxLength(2000);
		reason.setRequiredIndicatorVisible(true);
		reason.setWidthFull();
		Button send = new Button(getTranslation("publicNotice.send"), (click) -> {
			try {
				long number = this.notices.object(notice.id(), name.getValue(), contact.getValue(), reason.getValue());
				dialog.close();
				Notification.show(getTranslation("publicNotice.received", number), 6000, Notification.Position.MIDDLE)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			}
			catch (DomainException ex) {
				String message = getTranslation(ex.messageKey(), ex.arguments());
				switch (String.valueOf(ex.field())) {
					case "name" -> invalid(name, message);
					case "contact" -> invalid(contact, message);
					case "reason" -> invalid(reason, message);
					default -> org.kjt.approvals.base.ui.Refusals.show(ex);
				}
			}
		});
		send.setId("objection-send");
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		VerticalLayout fields = new VerticalLayout(new Paragraph(getTranslation("publicNotice.objectIntro")), name,
				contact, reason);
		fields.setPadding(false);
		dialog.add(fields);
		dialog.setWidth("min(36em, 95vw)");
		dialog.getFooter().add(new Button(getTranslation("expert.cancel"), (click) -> dialog.close()), send);
		dialog.open();
	}

	private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
		field.setErrorMessage(message);
		field.setInvalid(true);
	}

	private static Div card() {
		Div card = new Div();
		card.getStyle()
			.set("border", "1px solid var(--lumo-contrast-20pct)")
			.set("border-radius", "var(--lumo-border-radius-m)")
			.set("padding", "0 var(--lumo-space-m) var(--lumo-space-s)")
			.set("margin-bottom", "var(--lumo-space-m)");
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("publicNotice.title");
	}

}
