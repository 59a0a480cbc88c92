package org.kjt.approvals.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) started once per test run on a free port; every test
 * application context sends its mail there with mail switched on, and tests read what
 * arrived. Registered in {@code META-INF/spring.factories}.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail smtp = server();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("testMailServer", Map.of("spring.mail.host", "127.0.0.1",
					"spring.mail.port", smtp.getSmtp().getPort(), "approvals.mail.enabled", "true")));
	}

	/**
	 * The run's mail server, started on first use.
	 * @return the server
	 */
	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

}
