package org.kjt.approvals;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.ClassUtils;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ApprovalsApplication {

	public static void main(String[] args) {
		if (packagedWithAotBeanDefinitions()) {
			// The packaged jar carries the bean definitions worked out at build time
			// (spring-boot:process-aot): start from them instead of parsing configuration
			// classes and scanning the classpath again at every start.
			System.setProperty(AotDetector.AOT_ENABLED, "true");
		}
		SpringApplication.run(ApprovalsApplication.class, args);
	}

	/**
	 * Only the packaged jar, not a run from the class folders (tests,
	 * {@code spring-boot:run}), where generated classes left by an earlier package may no
	 * longer match the sources. An explicit {@code -Dspring.aot.enabled} wins.
	 */
	static boolean packagedWithAotBeanDefinitions() {
		if (System.getProperty(AotDetector.AOT_ENABLED) != null) {
			return false;
		}
		var source = ApprovalsApplication.class.getProtectionDomain().getCodeSource();
		var location = (source != null && source.getLocation() != null) ? source.getLocation().toString() : "";
		return location.contains("nested:")
				&& ClassUtils.isPresent(ApprovalsApplication.class.getName() + "__ApplicationContextInitializer",
						ApprovalsApplication.class.getClassLoader());
	}

}
