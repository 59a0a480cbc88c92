package org.kjt.approvals.base;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * A path under {@code /api} or {@code /actuator} that no controller serves is a JSON 404,
 * not the UI's page (which would otherwise answer every unknown path). Consulted right
 * after the controllers' own mapping, so a known path asked with another method or media
 * type still answers 405, 406 or 415.
 */
@Configuration(proxyBeanMethods = false)
class ApiFallback {

	@Bean
	SimpleUrlHandlerMapping apiFallbackMapping() {
		HttpRequestHandler notFound = (request, response) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(
				Map.of("/api", notFound, "/api/**", notFound, "/actuator/**", notFound));
		// After the controllers (0), before the UI's catch-all.
		mapping.setOrder(1);
		return mapping;
	}

}
