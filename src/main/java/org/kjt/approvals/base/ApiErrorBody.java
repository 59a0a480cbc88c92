package org.kjt.approvals.base;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The one shape of every REST error: {@code {"status","error","code","field"}}, the
 * message in the caller's language.
 */
final class ApiErrorBody {

	private ApiErrorBody() {
	}

	static Map<String, Object> of(Translations translations, int status, String code, Locale locale,
			@Nullable String field, Object... arguments) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		body.put("error", translations.getTranslation(code, locale, arguments));
		body.put("code", code);
		if (field != null) {
			body.put("field", field);
		}
		return body;
	}

	/** The message key for an HTTP status without a more specific cause. */
	static String code(int status) {
		return switch (status) {
			case 400 -> "error.badRequest";
			case 401 -> "error.notLoggedIn";
			case 403 -> "error.forbidden";
			case 404 -> "error.notFound";
			case 405 -> "error.methodNotAllowed";
			case 406 -> "error.notAcceptable";
			case 409 -> "error.conflict";
			case 413 -> "error.tooLarge";
			case 415 -> "error.unsupportedMediaType";
			default -> (status >= 500) ? "error.server" : "error.badRequest";
		};
	}

}
