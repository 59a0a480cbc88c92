package org.kjt.approvals.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as built for start-up: its libraries stored in the order of
 * {@code src/build/startup-libraries.txt} (the launcher looks for a class in the jars in
 * the order they are stored), its class-path index in that same order, every library
 * uncompressed, and the bean definitions worked out at build time inside.
 */
class PackagedJarIT {

	private static final String LIB = "BOOT-INF/lib/";

	private static final Pattern VERSION = Pattern.compile("-\\d[\\w.]*\\.jar$");

	@Test
	void librariesAreStoredInTheOrderClassesAreLoadedAtStartUp() throws IOException {
		List<String> order = Files.readAllLines(Path.of("src", "build", "startup-libraries.txt"))
			.stream()
			.map(String::strip)
			.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
			.toList();
		try (ZipFile jar = new ZipFile(PackagedApp.jar().toFile())) {
			List<ZipEntry> libraries = jar.stream()
				.filter((entry) -> entry.getName().startsWith(LIB) && entry.getName().endsWith(".jar"))
				.map(ZipEntry.class::cast)
				.toList();
			assertThat(libraries).as("libraries").hasSizeGreaterThan(100);
			assertThat(libraries)
				.allSatisfy((entry) -> assertThat(entry.getMethod()).as(entry.getName()).isEqualTo(ZipEntry.STORED));
			List<Integer> ranks = libraries.stream().map((entry) -> {
				int rank = order.indexOf(VERSION.matcher(entry.getName().substring(LIB.length())).replaceFirst(""));
				return (rank >= 0) ? rank : order.size();
			}).toList();
			assertThat(ranks).as("rank in startup-libraries.txt of each stored library").isSorted();
			assertThat(ranks.get(0)).as("the first library stored is the first listed").isZero();
			assertThat(ranks).as("every library listed is in the jar")
				.containsAll(IntStream.range(0, order.size()).boxed().toList());
			String index;
			try (InputStream stream = jar.getInputStream(jar.getEntry("BOOT-INF/classpath.idx"))) {
				index = new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(index.lines().map((line) -> line.replaceAll("^- \"(.*)\"$", "$1")).toList()).as("classpath.idx")
				.containsExactlyElementsOf(libraries.stream().map(ZipEntry::getName).toList());
			assertThat(jar.getEntry(
					"BOOT-INF/classes/org/kjt/approvals/ApprovalsApplication__ApplicationContextInitializer.class"))
				.as("bean definitions from process-aot")
				.isNotNull();
		}
	}

}
