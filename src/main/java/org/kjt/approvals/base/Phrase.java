package org.kjt.approvals.base;

import java.util.Arrays;
import java.util.List;

/**
 * A text the system writes into a record (a history detail), kept as its message key and
 * arguments so each reader sees it in their own language; the record also keeps it in the
 * official language, Chinese.
 *
 * @param key message key
 * @param args the arguments, as text
 */
public record Phrase(String key, List<String> args) {

	/**
	 * A phrase of a key and its arguments.
	 * @param key message key
	 * @param args arguments, each kept as its text
	 * @return the phrase
	 */
	public static Phrase of(String key, Object... args) {
		return new Phrase(key, Arrays.stream(args).map(String::valueOf).toList());
	}

	/**
	 * The arguments for a message lookup.
	 * @return the arguments
	 */
	public Object[] arguments() {
		return this.args.toArray();
	}

}
