package org.kjt.approvals.documents;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a zip container (Office files, OFD) read from its central directory,
 * without inflating anything: a container whose directory promises more than a material
 * can hold (too many entries, too much data, a compression ratio no document has, sizes
 * that do not fit the file) is refused in milliseconds instead of being unpacked.
 */
final class ZipDirectory {

	/** No document we accept has more entries. */
	static final int MAX_ENTRIES = 10_000;

	/** Nor unpacks to more. */
	static final long MAX_UNCOMPRESSED = 256L * 1024 * 1024;

	/** Text compresses well, but not beyond this; checked for entries above 1 MB. */
	static final long MAX_RATIO = 100;

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

	private ZipDirectory() {
	}

	/**
	 * The names of the container's entries.
	 * @param content the file
	 * @return entry names, or null when the file is no readable zip (a damaged container)
	 * @throws MaterialRejectedException when the directory breaks a limit
	 */
	static List<String> names(byte[] content) {
		int end = findEnd(content);
		if (end < 0) {
			return null;
		}
		int count = u16(content, end + 10);
		long size = u32(content, end + 12);
		long offset = u32(content, end + 16);
		if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || count > MAX_ENTRIES) {
			throw unsafe();
		}
		if (offset + size > end) {
			return null;
		}
		List<String> names = new ArrayList<>(count);
		long total = 0;
		long compressedTotal = 0;
		int position = (int) offset;
		for (int index = 0; index < count; index++) {
			if (position + 46 > content.length || (int) u32(content, position) != DIRECTORY_ENTRY) {
				return null;
			}
			long compressed = u32(content, position + 20);
			long uncompressed = u32(content, position + 24);
			int nameLength = u16(content, position + 28);
			int extraLength = u16(content, position + 30);
			int commentLength = u16(content, position + 32);
			if (compressed == 0xFFFFFFFFL || uncompressed == 0xFFFFFFFFL) {
				// Zip64: no material of ours needs it.
				throw unsafe();
			}
			total += uncompressed;
			compressedTotal += compressed;
			if (total > MAX_UNCOMPRESSED || compressedTotal > content.length
					|| (uncompressed > 1024 * 1024 && uncompressed > MAX_RATIO * Math.max(compressed, 1))) {
				throw unsafe();
			}
			if (position + 46 + nameLength > content.length) {
				return null;
			}
			names.add(new String(content, position + 46, nameLength, StandardCharsets.UTF_8));
			position += 46 + nameLength + extraLength + commentLength;
		}
		return names;
	}

	/** The end-of-directory record: within the last 64 KB (its comment) and 22 bytes. */
	private static int findEnd(byte[] content) {
		int lowest = Math.max(0, content.length - 22 - 0xFFFF);
		for (int position = content.length - 22; position >= lowest; position--) {
			if ((int) u32(content, position) == END_OF_DIRECTORY) {
				return position;
			}
		}
		return -1;
	}

	private static MaterialRejectedException unsafe() {
		return new MaterialRejectedException(MaterialRejectedException.Reason.UNSAFE_CONTAINER,
				"documents.error.unsafeContainer");
	}

	private static int u16(byte[] content, int position) {
		return (content[position] & 0xFF) | ((content[position + 1] & 0xFF) << 8);
	}

	private static long u32(byte[] content, int position) {
		return (content[position] & 0xFFL) | ((content[position + 1] & 0xFFL) << 8)
				| ((content[position + 2] & 0xFFL) << 16) | ((content[position + 3] & 0xFFL) << 24);
	}

}
