package org.kjt.approvals.support;

import java.util.HashSet;
import java.util.Set;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kjt.approvals.base.Translations;
import org.kjt.approvals.security.Accounts;
import org.kjt.approvals.security.AppUser;
import org.kjt.approvals.security.Role;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Server-side UI tests with Karibu-Testing on the shared application context: every test
 * starts a fresh mocked UI, anonymous until {@link #login(String)}.
 */
@ApprovalsTest
public abstract class KaribuSupport {

	private static final Routes ROUTES = routes();

	@Autowired
	protected ApplicationContext context;

	@Autowired
	protected Accounts accounts;

	@BeforeEach
	void setUpVaadin() {
		SecurityContextHolder.clearContext();
		MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, this.context, UI::new));
		// The browser's language does not matter: the UI starts in Chinese (see
		// LanguageInitializer).
		UI.getCurrent().setLocale(Translations.CHINESE);
	}

	@AfterEach
	void tearDownVaadin() {
		MockVaadin.tearDown();
		SecurityContextHolder.clearContext();
	}

	/**
	 * Our views are package-private, which Karibu's own discovery skips: find them with
	 * Spring.
	 */
	@SuppressWarnings("unchecked")
	private static Routes routes() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isIndependent() && !definition.getMetadata().isAbstract();
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		Set<Class<? extends Component>> views = new HashSet<>();
		for (var candidate : scanner.findCandidateComponents("org.kjt.approvals")) {
			try {
				views.add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		Routes routes = new Routes(views, new HashSet<>(), true);
		routes.addErrorRoutes(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class);
		return routes;
	}

	/**
	 * Logs a (demo) user in the way Spring Security would, for the UI and the services.
	 */
	protected void login(String username) {
		AppUser user = this.accounts.find(username).orElseThrow();
		Set<Role> roles = user.roles();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(username, null,
				roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList());
		var securityContext = SecurityContextHolder.createEmptyContext();
		securityContext.setAuthentication(authentication);
		SecurityContextHolder.setContext(securityContext);
		FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
		request.setUserPrincipalInt(authentication);
		request.setUserInRole((principal, role) -> roles.stream()
			.anyMatch((granted) -> granted.name().equals(role) || granted.authority().equals(role)));
	}

}
