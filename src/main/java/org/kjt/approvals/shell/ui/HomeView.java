package org.kjt.approvals.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The start page: what the system is for, open to everyone. */
@Route("")
@Menu(title = "home.menu", order = 0)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

	HomeView() {
		add(new H2(getTranslation("home.heading")), new Paragraph(getTranslation("home.intro")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("app.title");
	}

}
