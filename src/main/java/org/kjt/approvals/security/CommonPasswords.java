package org.kjt.approvals.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Passwords too common to protect an account ({@code security/common-passwords.txt}),
 * read once: length alone lets {@code 12345678} through.
 */
@Component
class CommonPasswords {

	private final Set<String> passwords;

	CommonPasswords() {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			this.passwords = reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the list of common passwords", ex);
		}
	}

	boolean contains(String password) {
		return this.passwords.contains(password.toLowerCase(Locale.ROOT));
	}

}
