package org.kjt.approvals.base;

import java.util.Arrays;

/**
 * A refused request with a translatable reason: the UI shows it, the REST API answers it
 * with the given status. Thrown before anything is stored, so a refusal changes nothing.
 */
public class DomainException extends RuntimeException {

	/** How the refusal maps to HTTP. */
	public enum Kind {

		/** Bad input: 400. */
		INVALID,
		/** Unknown thing: 404. */
		NOT_FOUND,
		/** Not allowed for this user: 403. */
		FORBIDDEN,
		/** Valid, but not in the current state (e.g. already claimed): 409. */
		CONFLICT,
		/** Too many attempts from one client in a while: 429. */
		TOO_MANY_REQUESTS

	}

	private final Kind kind;

	private final String messageKey;

	private final transient Object[] arguments;

	private final String field;

	public DomainException(Kind kind, String messageKey, Object... arguments) {
		this(kind, null, messageKey, arguments);
	}

	public DomainException(Kind kind, String field, String messageKey, Object... arguments) {
		super(messageKey + (arguments.length > 0 ? " " + Arrays.toString(arguments) : ""));
		this.kind = kind;
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public static DomainException invalid(String field, String messageKey, Object... arguments) {
		return new DomainException(Kind.INVALID, field, messageKey, arguments);
	}

	public static DomainException notFound(String messageKey, Object... arguments) {
		return new DomainException(Kind.NOT_FOUND, messageKey, arguments);
	}

	public static DomainException forbidden(String messageKey, Object... arguments) {
		return new DomainException(Kind.FORBIDDEN, messageKey, arguments);
	}

	public static DomainException tooManyRequests(String messageKey, Object... arguments) {
		return new DomainException(Kind.TOO_MANY_REQUESTS, messageKey, arguments);
	}

	public static DomainException conflict(String messageKey, Object... arguments) {
		return new DomainException(Kind.CONFLICT, messageKey, arguments);
	}

	public Kind kind() {
		return this.kind;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/**
	 * The input field at fault, if one is.
	 * @return field name or {@code null}
	 */
	public String field() {
		return this.field;
	}

}
