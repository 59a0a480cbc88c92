package org.kjt.approvals.security;

/**
 * The 18-character unified social credit code (统一社会信用代码, GB 32100-2015) and its check
 * character.
 */
public final class CreditCode {

	private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/**
	 * Whether a code has 18 allowed characters and the right check character.
	 * @param code the code, upper case
	 * @return true if valid
	 */
	public static boolean isValid(String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (CHARS.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return code.charAt(17) == checkCharacter(code.substring(0, 17));
	}

	/**
	 * A whole code from its first 17 characters.
	 * @param first17 the first 17 characters, all from the allowed set
	 * @return the code with its check character
	 */
	public static String withCheck(String first17) {
		return first17 + checkCharacter(first17);
	}

	/**
	 * The check character for the first 17 characters.
	 * @param first17 the first 17 characters, all from the allowed set
	 * @return the 18th character
	 */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARS.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARS.charAt(check == 31 ? 0 : check);
	}

}
