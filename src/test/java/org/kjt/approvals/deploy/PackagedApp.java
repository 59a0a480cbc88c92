package org.kjt.approvals.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar running as a process of its own, in a working directory of its own, as
 * it is deployed: for tests that kill it, restart it or run two of it.
 */
final class PackagedApp {

	private final Process process;

	private final Path log;

	private final String base;

	private PackagedApp(Process process, Path log, String base) {
		this.process = process;
		this.log = log;
		this.base = base;
	}

	/** The jar the build packaged in {@code target/}. */
	static Path jar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("approvals-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No packaged jar in target/"));
		}
	}

	/**
	 * Starts the jar from {@code target/} on a free port (not waiting for it).
	 * @param workDir its working directory (its log goes to {@code app.log} there)
	 * @param arguments further arguments
	 * @param environment further environment
	 * @return the running app
	 */
	static PackagedApp start(Path workDir, List<String> arguments, Map<String, String> environment) throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path jar = jar();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
						jar.toAbsolutePath().toString(), "--server.port=" + port));
		command.addAll(arguments);
		Path log = workDir.resolve("app.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("APPROVALS_PROCESSES_DIR", Path.of("processes").toAbsolutePath().toString());
		builder.environment().putAll(environment);
		return new PackagedApp(builder.start(), log, "http://localhost:" + port);
	}

	/**
	 * Waits until its health is UP; fails with the log's warnings when it stops first.
	 */
	void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError("The app stopped while starting:\n" + String.join("\n", warnings()));
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create(this.base + "/actuator/health")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The app did not come up within " + timeout + ":\n" + String.join("\n", warnings()));
	}

	/** The log's warnings and errors, the last 60. */
	List<String> warnings() throws IOException {
		List<String> lines = Files.readAllLines(this.log)
			.stream()
			.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR ") || line.startsWith("Caused by"))
			.toList();
		return lines.subList(Math.max(0, lines.size() - 60), lines.size());
	}

	String base() {
		return this.base;
	}

	String log() throws IOException {
		return Files.readString(this.log);
	}

	/** SIGKILL: no shutdown hook, no flush. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	/** SIGTERM, and wait for a clean stop. */
	boolean stop() throws InterruptedException {
		this.process.destroy();
		return this.process.waitFor(60, TimeUnit.SECONDS);
	}

}
