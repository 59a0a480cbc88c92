package org.kjt.approvals.documents;

import java.util.Locale;
import java.util.Set;

/** Makes an uploaded file's name safe to store and offer for download. */
final class FileNames {

	static final int MAX_LENGTH = 120;

	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
			"COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
			"LPT9");

	private FileNames() {
	}

	/**
	 * Strips paths, control and reserved characters, leading dots and over-long names;
	 * keeps Chinese and the extension.
	 * @param original the name the browser sent
	 * @return a safe name, or an empty string when nothing usable is left
	 */
	static String sanitise(String original) {
		if (original == null) {
			return "";
		}
		String name = original;
		int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(slash + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints().forEach((cp) -> {
			if (!Character.isISOControl(cp) && "<>:\"/\\|?*".indexOf(cp) < 0 && cp != 0x7F
					&& Character.getType(cp) != Character.FORMAT) {
				clean.appendCodePoint(cp);
			}
		});
		name = clean.toString().strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		while (name.endsWith(".") || name.endsWith(" ")) {
			name = name.substring(0, name.length() - 1);
		}
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot) : "";
		if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
			base = "_" + base;
		}
		if (extension.length() > 10) {
			extension = "";
		}
		int room = MAX_LENGTH - extension.length();
		if (base.codePointCount(0, base.length()) > room) {
			base = base.substring(0, base.offsetByCodePoints(0, room));
		}
		return base.isEmpty() ? "" : base + extension;
	}

}
