package org.kjt.approvals.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * The receipt's query code: eight characters from an alphabet without look-alikes (no
 * 0/O, 1/I/L), so it can be read over the phone and typed from paper; about 10^12 values,
 * and guessing is throttled.
 */
final class QueryCodes {

	private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

	private static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private QueryCodes() {
	}

	static String next() {
		char[] code = new char[LENGTH];
		for (int i = 0; i < LENGTH; i++) {
			code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(code);
	}

	/**
	 * Compares in constant time, ignoring case and blanks as people type them.
	 * @param expected the case's code
	 * @param given what was typed
	 * @return whether they match
	 */
	static boolean matches(String expected, String given) {
		String typed = given.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), typed.getBytes(StandardCharsets.UTF_8));
	}

}
