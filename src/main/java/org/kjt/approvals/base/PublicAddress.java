package org.kjt.approvals.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address the public opens the app at ({@code approvals.public-url}): what QR codes
 * on documents and links in mails lead to.
 */
@Component
public class PublicAddress {

	private final String base;

	PublicAddress(@Value("${approvals.public-url:http://localhost:8080}") String base) {
		this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/**
	 * A page's full address.
	 * @param path the path, starting with {@code /}
	 * @return the address
	 */
	public String of(String path) {
		return this.base + path;
	}

}
