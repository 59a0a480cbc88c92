package org.kjt.approvals.base;

import java.util.Locale;
import java.util.Map;

import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DatabindException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns refusals and every failure of a request into the REST API's JSON error, in the
 * caller's language ({@code Accept-Language}, Chinese by default): 400 naming the field,
 * 403, 404, 405, 406, 409 for a lost race, 413, 415, and 500 without a stack trace.
 */
@RestControllerAdvice(basePackages = "org.kjt.approvals")
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

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
			case TOO_MANY_REQUESTS -> HttpStatus.TOO_MANY_REQUESTS;
		};
		return error(status, ex.messageKey(), locale, ex.field(), ex.arguments());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex, Locale locale) {
		return error(HttpStatus.FORBIDDEN, "error.forbidden", locale, null);
	}

	/** Malformed JSON, or a value of the wrong type: named by its field where known. */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String field = null;
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				field = databind.getPath()
					.stream()
					.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
							: String.valueOf(reference.getIndex()))
					.reduce((a, b) -> a + "." + b)
					.orElse(null);
				break;
			}
		}
		return (field != null) ? error(HttpStatus.BAD_REQUEST, "error.badValue", locale, field, field)
				: error(HttpStatus.BAD_REQUEST, "error.badJson", locale, null);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return error(HttpStatus.BAD_REQUEST, "error.badValue", locale, ex.getName(), ex.getName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException ex, Locale locale) {
		return error(HttpStatus.BAD_REQUEST, "error.missing", locale, ex.getParameterName(), ex.getParameterName());
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException ex, Locale locale) {
		return error(HttpStatus.BAD_REQUEST, "error.missing", locale, ex.getRequestPartName(), ex.getRequestPartName());
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException ex, Locale locale) {
		ResponseEntity<Map<String, Object>> answer = error(HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed",
				locale, null, ex.getMethod());
		return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
			.headers((headers) -> headers
				.setAllow(ex.getSupportedHttpMethods() != null ? ex.getSupportedHttpMethods() : java.util.Set.of()))
			.body(answer.getBody());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType", locale, null,
				String.valueOf(ex.getContentType()));
	}

	/**
	 * Nothing the client accepts can be produced (e.g. a notice page asked for as JSON).
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Void> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex, Locale locale) {
		return error(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge", locale, null);
	}

	/**
	 * Two people changed the same thing at the same moment: one wins, the other is told.
	 */
	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
			FlowableOptimisticLockingException.class })
	ResponseEntity<Map<String, Object>> conflict(Exception ex, Locale locale) {
		log.info("Concurrent change refused: {}", ex.toString());
		return error(HttpStatus.CONFLICT, "error.conflict", locale, null);
	}

	/** Anything else: logged with its trace here, answered without it. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> failure(Exception ex, Locale locale) {
		if (Transient.isLostRace(ex)) {
			// A deadlock the engine wrapped in its own exceptions is still a lost race.
			return conflict(ex, locale);
		}
		log.error("Request failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "error.server", locale, null);
	}

	private ResponseEntity<Map<String, Object>> error(HttpStatus status, String code, Locale locale,
			@Nullable String field, Object... arguments) {
		// JSON whatever the request accepts: a page asked for as text/html (a notice, a
		// receipt) still answers its refusal as the API's error body, not a 500.
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(ApiErrorBody.of(this.translations, status.value(), code, locale, field, arguments));
	}

}
