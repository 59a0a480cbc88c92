package org.kjt.approvals.shell.ui;

import java.util.Locale;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.inbox.QueuePage;
import org.kjt.approvals.inbox.Workbench;
import org.kjt.approvals.messages.Messages;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.CurrentUser;

import org.springframework.data.domain.PageRequest;

/**
 * The frame around every view: title, navigation built from the views' {@code @Menu}
 * annotations (only those the user may open), language switch, user and log-out.
 */
@Layout
@AnonymousAllowed
class MainLayout extends AppLayout implements AfterNavigationObserver {

	private final transient AuthenticationContext authentication;

	private final Workbench workbench;

	private final CurrentUser currentUser;

	private @Nullable SideNavItem workbenchItem;

	private @Nullable SideNavItem messagesItem;

	private final Messages messages;

	private SideNav nav;

	private String builtFor = "";

	MainLayout(AuthenticationContext authentication, CurrentUser currentUser, Workbench workbench, Messages messages) {
		this.messages = messages;
		this.authentication = authentication;
		this.workbench = workbench;
		this.currentUser = currentUser;
		H1 title = new H1(getTranslation("app.title"));
		title.addClassName("app-title");

		HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.setWidthFull();
		header.setPadding(true);
		header.addClassName("app-header");
		header.expand(title);

		Select<Locale> language = new Select<>();
		language.setId("language");
		language.setAriaLabel(getTranslation("shell.language"));
		language.setItems(Translations.LOCALES);
		language.setItemLabelGenerator((locale) -> getTranslation("shell.language." + locale.getLanguage()));
		language.setValue(Translations.supported(getLocale()));
		language.addValueChangeListener((event) -> switchLanguage(event.getValue()));
		header.add(language);

		currentUser.get().ifPresentOrElse((user) -> header.add(userBox(user)), () -> {
			Anchor login = new Anchor("login", getTranslation("shell.login"));
			login.setId("login-link");
			Anchor register = new Anchor("register", getTranslation("shell.register"));
			header.add(register, login);
		});
		addToNavbar(header);

		this.nav = navigation();
		addToDrawer(this.nav);
		setPrimarySection(Section.DRAWER);
	}

	/** Each page's content is the document's main landmark (for screen readers). */
	@Override
	public void showRouterLayoutContent(HasElement content) {
		super.showRouterLayoutContent(content);
		if (content != null) {
			content.getElement().setAttribute("role", "main");
		}
	}

	/** The pages the user may open, from the views' {@code @Menu}. */
	private SideNav navigation() {
		SideNav nav = new SideNav();
		this.workbenchItem = null;
		this.messagesItem = null;
		this.builtFor = this.currentUser.get().map(AppUser::username).orElse("");
		MenuConfiguration.getMenuEntries().forEach((entry) -> {
			SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
			if ("/workbench".equals(entry.path()) || "workbench".equals(entry.path())) {
				this.workbenchItem = item;
			}
			if ("/messages".equals(entry.path()) || "messages".equals(entry.path())) {
				this.messagesItem = item;
			}
			nav.addItem(item);
		});
		return nav;
	}

	/**
	 * The workbench entry carries the number of tasks waiting: mine and my division's.
	 */
	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		if (!this.builtFor.equals(this.currentUser.get().map(AppUser::username).orElse(""))) {
			// Signed in or out since: the pages open to the user are others.
			SideNav rebuilt = navigation();
			remove(this.nav);
			this.nav = rebuilt;
			addToDrawer(rebuilt);
		}
		AppUser user = this.currentUser.get().orElse(null);
		if (this.messagesItem != null && user != null) {
			long unread = this.messages.unread();
			Span count = new Span(String.valueOf(unread));
			count.setId("unread-count");
			count.getElement().getThemeList().add("badge pill small" + ((unread > 0) ? " primary" : " contrast"));
			count.getElement().setAttribute("aria-label", getTranslation("messages.badge", unread));
			this.messagesItem.setSuffixComponent(count);
		}
		SideNavItem item = this.workbenchItem;
		if (item == null || user == null || !user.isStaff() || user.divisionCode() == null) {
			return;
		}
		PageRequest first = PageRequest.of(0, 1);
		QueuePage mine = this.workbench.myTasks(Workbench.Filter.NONE, first);
		QueuePage group = this.workbench.groupQueue(Workbench.Filter.NONE, first);
		long waiting = mine.getTotalElements() + group.getTotalElements();
		Span badge = new Span(
				(mine.isTotalCapped() || group.isTotalCapped()) ? waiting + "+" : String.valueOf(waiting));
		badge.setId("pending-count");
		badge.getElement().getThemeList().add("badge pill small" + ((waiting > 0) ? " primary" : " contrast"));
		badge.getElement().setAttribute("aria-label", getTranslation("shell.pending", waiting));
		item.setSuffixComponent(badge);
	}

	private HorizontalLayout userBox(AppUser user) {
		Span name = new Span(user.displayName() + " (" + user.username() + ")");
		name.setId("current-user");
		Button logout = new Button(getTranslation("shell.logout"), (click) -> this.authentication.logout());
		logout.setId("logout");
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout box = new HorizontalLayout(name, logout);
		box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		return box;
	}

	private void switchLanguage(Locale locale) {
		if (locale == null) {
			return;
		}
		VaadinSession.getCurrent().setLocale(locale);
		Cookie cookie = new Cookie(LanguageInitializer.COOKIE, locale.toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge(365 * 24 * 3600);
		cookie.setHttpOnly(true);
		if (VaadinService.getCurrentResponse() != null) {
			VaadinService.getCurrentResponse().addCookie(cookie);
		}
		UI.getCurrent().getPage().reload();
	}

}
