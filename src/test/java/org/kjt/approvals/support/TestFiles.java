package org.kjt.approvals.support;

import java.nio.charset.StandardCharsets;

/** Materials as tests upload them: the smallest files the content checks accept. */
public final class TestFiles {

	/** A PDF by its signature. */
	public static final byte[] PDF = "%PDF-1.4\n% test material\n".getBytes(StandardCharsets.US_ASCII);

	/** A PNG by its signature. */
	public static final byte[] PNG = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0 };

	private TestFiles() {
	}

}
