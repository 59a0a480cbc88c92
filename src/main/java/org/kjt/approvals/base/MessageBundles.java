package org.kjt.approvals.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's translations are a bundle of its own in {@code i18n/} (Chinese in
 * {@code <module>.properties}, English in {@code <module>_en.properties}); they are found
 * there, so a new module adds its bundle without touching configuration.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	/** The shell's bundle comes first: its words win over a module's. */
	static final String FIRST = "messages";

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames(basenames().toArray(String[]::new));
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static List<String> basenames() {
		TreeSet<String> names = new TreeSet<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:i18n/*.properties")) {
				String file = resource.getFilename();
				if (file != null && !file.contains("_")) {
					names.add(file.substring(0, file.length() - ".properties".length()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the translation bundles", ex);
		}
		List<String> basenames = new ArrayList<>();
		if (names.remove(FIRST)) {
			basenames.add("i18n/" + FIRST);
		}
		names.forEach((name) -> basenames.add("i18n/" + name));
		return basenames;
	}

}
