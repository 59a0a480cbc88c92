package org.kjt.approvals.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages have every key, and every key the code asks for exists. */
class TranslationBundleTests {

	private static final Pattern KEY_IN_CODE = Pattern.compile(
			"(?:getTranslation|translate|invalid|notFound|forbidden|conflict)\\(\\s*(?:\"[A-Za-z]+\",\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Resource[] chinese = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		int bundles = 0;
		for (Resource zh : chinese) {
			String name = zh.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			bundles++;
			Resource en = zh.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(en.exists()).as("English bundle for %s", name).isTrue();
			Set<String> zhKeys = keys(zh);
			Set<String> enKeys = keys(en);
			assertThat(enKeys).as("keys of %s missing in English", name).containsAll(zhKeys);
			assertThat(zhKeys).as("keys of %s missing in Chinese", name).containsAll(enKeys);
		}
		assertThat(bundles).isGreaterThanOrEqualTo(1);
	}

	@Test
	void everyKeyUsedInTheCodeIsTranslated() throws IOException {
		Set<String> known = new HashSet<>();
		for (Resource zh : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			known.addAll(keys(zh));
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
				while (matcher.find()) {
					if (!known.contains(matcher.group(1))) {
						missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyServiceItemAndEveryUserTaskHasItsName() throws IOException {
		Set<String> known = new HashSet<>();
		for (Resource zh : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			known.addAll(keys(zh));
		}
		Set<String> missing = new TreeSet<>();
		Matcher items = Pattern.compile("(?m)^  - code: (\\S+)$")
			.matcher(Files.readString(Path.of("src/main/resources/reference/catalogue.yml")));
		int itemCount = 0;
		while (items.find()) {
			itemCount++;
			if (!known.contains("org.item." + items.group(1))) {
				missing.add("org.item." + items.group(1));
			}
		}
		int taskCount = 0;
		try (Stream<Path> processes = Files.list(Path.of("processes"))) {
			for (Path process : processes.filter((path) -> path.toString().endsWith(".bpmn20.xml")).toList()) {
				Matcher tasks = Pattern.compile("<userTask id=\"(\\w+)\"").matcher(Files.readString(process));
				while (tasks.find()) {
					taskCount++;
					if (!known.contains("step." + tasks.group(1))) {
						missing.add("step." + tasks.group(1) + " (" + process.getFileName() + ")");
					}
				}
			}
		}
		assertThat(itemCount).isGreaterThanOrEqualTo(8);
		assertThat(taskCount).isGreaterThanOrEqualTo(20);
		assertThat(missing).isEmpty();
	}

	/**
	 * Every module's bundle is one namespace with the others: a key two bundles give
	 * different words for shows one of them at random (e.g. a field code two processes
	 * share, with choices of their own).
	 */
	@Test
	void noKeyMeansTwoThings() throws IOException {
		java.util.Map<String, String> seen = new java.util.HashMap<>();
		Set<String> conflicts = new TreeSet<>();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			Properties properties = new Properties();
			try (InputStream in = bundle.getInputStream()) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			String language = bundle.getFilename().endsWith("_en.properties") ? "en:" : "zh:";
			for (String key : properties.stringPropertyNames()) {
				String before = seen.putIfAbsent(language + key, properties.getProperty(key));
				if (before != null && !before.equals(properties.getProperty(key))) {
					conflicts.add(language + key + " (" + bundle.getFilename() + ")");
				}
			}
		}
		assertThat(conflicts).isEmpty();
	}

	private static Set<String> keys(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
