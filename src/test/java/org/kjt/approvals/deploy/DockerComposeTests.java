package org.kjt.approvals.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml}, read as Compose reads it (no Docker engine needed): two app
 * nodes built from this repository on one MySQL, with the same token key, behind nginx,
 * which keeps a browser on one node and alone publishes a port.
 */
class DockerComposeTests {

	@Test
	@SuppressWarnings("unchecked")
	void twoNodesBehindAStickyProxyOnOneDatabase() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
		assertThat(services).containsOnlyKeys("mysql", "app1", "app2", "proxy", "mailpit");

		Map<String, Object> app1 = services.get("app1");
		Map<String, Object> app2 = services.get("app2");
		assertThat(app1.get("build")).isEqualTo(".");
		// The second node is the first (a YAML merge), so they cannot drift apart.
		assertThat(app2).isEqualTo(app1);
		Map<String, Object> environment = (Map<String, Object>) app1.get("environment");
		assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "mysql")
			.containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native")
			// Only nginx's forwarded address is believed.
			.containsEntry("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES", "172\\.28\\.0\\.10")
			.containsKeys("DB_URL", "DB_USER", "DB_PASSWORD", "APPROVALS_TOKEN_SECRET");
		assertThat(environment.get("DB_URL").toString()).startsWith("jdbc:mysql://mysql:3306/")
			.contains("nullCatalogMeansCurrent=true");
		// No token key is shipped: a key in the repository would let anyone sign tokens.
		assertThat(environment.get("APPROVALS_TOKEN_SECRET").toString()).isEqualTo("${APPROVALS_TOKEN_SECRET:-}");
		assertThat(app1).doesNotContainKey("ports");
		// Mail goes to the mail catcher, whose inbox is the only other published port.
		assertThat(environment).containsEntry("MAIL_ENABLED", "${MAIL_ENABLED:-true}")
			.containsEntry("MAIL_HOST", "${MAIL_HOST:-mailpit}");
		Map<String, Object> mailpit = services.get("mailpit");
		assertThat(mailpit.get("image").toString()).startsWith("axllent/mailpit:");
		assertThat((List<Object>) mailpit.get("ports")).containsExactly("${MAILPIT_PORT:-8025}:8025");

		Map<String, Object> proxy = services.get("proxy");
		assertThat(proxy.get("networks").toString()).contains("ipv4_address=172.28.0.10");
		assertThat(compose.get("networks").toString()).contains("subnet=172.28.0.0/16");
		assertThat(proxy.get("image").toString()).startsWith("nginx:");
		assertThat((List<Object>) proxy.get("depends_on")).containsExactlyInAnyOrder("app1", "app2");
		assertThat((List<Object>) proxy.get("ports")).hasSize(1);
		String nginx = ((Map<String, Map<String, Object>>) compose.get("configs")).get("nginx")
			.get("content")
			.toString();
		assertThat(nginx).contains("ip_hash;", "server app1:8080;", "server app2:8080;",
				"proxy_pass http://approvals;");
		// "$$" is Compose's escape for a literal "$" that nginx needs.
		// The Host header with its port: the log-in's origin check compares against it.
		assertThat(nginx).contains("proxy_set_header Host $$http_host;").doesNotContainPattern("[^$]\\$host");
	}

}
