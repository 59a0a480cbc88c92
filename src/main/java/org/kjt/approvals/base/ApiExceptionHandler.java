package org.kjt.approvals.base;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns refusals into JSON errors for the REST API, in the caller's language
 * ({@code Accept-Language}, Chinese by default).
 */
@RestControllerAdvice(basePackages = "org.kjt.approvals")
class ApiExceptionHandler {

	private final Translations translations;

	ApiExceptionHandler(Translations translations) {
		this.translations = translations;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<Map<String, Object>> domain(DomainException ex, Locale locale) {
		HttpStatus status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", this.translations.getTranslation(ex.messageKey(), locale, ex.arguments()));
		body.put("code", ex.messageKey());
		if (ex.field() != null) {
			body.put("field", ex.field());
		}
		return ResponseEntity.status(status).body(body);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", 403);
		body.put("error", this.translations.getTranslation("error.forbidden", locale));
		body.put("code", "error.forbidden");
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
	}

}
