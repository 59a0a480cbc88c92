package org.kjt.approvals.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The log-in page; Spring Security handles the form post. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm form = new LoginForm();

	public LoginView() {
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);
		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
		this.form.setI18n(i18n);
		// Not a dead end: home, and registration for a newcomer.
		Anchor home = new Anchor("", getTranslation("login.home"));
		home.setId("login-home");
		Anchor register = new Anchor("register", getTranslation("login.register"));
		register.setId("login-register");
		HorizontalLayout links = new HorizontalLayout(home, register);
		add(new H1(getTranslation("app.title")), this.form, links);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
			this.form.setError(true);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title");
	}

}
