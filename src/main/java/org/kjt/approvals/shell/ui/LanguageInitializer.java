package org.kjt.approvals.shell.ui;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.kjt.approvals.base.Translations;

import org.springframework.stereotype.Component;

/**
 * Chinese is the UI language unless the user picked English (remembered in a cookie),
 * whatever the browser asks for.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

	static final String COOKIE = "approvals-lang";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((init) -> init.getSession().setLocale(chosen(init.getRequest())));
	}

	static Locale chosen(VaadinRequest request) {
		Cookie[] cookies = (request != null) ? request.getCookies() : null;
		if (cookies == null) {
			return Translations.CHINESE;
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> COOKIE.equals(cookie.getName()))
			.findFirst()
			.map((cookie) -> Translations.supported(Locale.forLanguageTag(cookie.getValue())))
			.orElse(Translations.CHINESE);
	}

}
