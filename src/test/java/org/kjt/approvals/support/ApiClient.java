package org.kjt.approvals.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP as a client sees it: HTTP Basic, JSON in and out, the
 * status checked.
 */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String base;

	public ApiClient(int port) {
		this.base = BrowserSupport.base(port);
	}

	/**
	 * Sends a request as a demo user (password {@code demo}).
	 * @param method HTTP method
	 * @param path path and query
	 * @param user user name
	 * @param body JSON body, or null
	 * @param status the status expected
	 * @return the answer's JSON (an empty object for none)
	 */
	public JsonNode send(String method, String path, String user, String body, int status) {
		return send(method, path, user, "demo", body, status);
	}

	/**
	 * Sends a request with a user's password.
	 * @param method HTTP method
	 * @param path path and query
	 * @param user user name
	 * @param password password
	 * @param body JSON body, or null
	 * @param status the status expected
	 * @return the answer's JSON (an empty object for none)
	 */
	public JsonNode send(String method, String path, String user, String password, String body, int status) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(method + " " + path + " " + response.body()).isEqualTo(status);
			return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public JsonNode get(String path, String user, int status) {
		return send("GET", path, user, null, status);
	}

	public JsonNode post(String path, String user, String body, int status) {
		return send("POST", path, user, body, status);
	}

	/**
	 * A request as it comes, for pages and bodies that are not JSON.
	 * @param method HTTP method
	 * @param path path and query
	 * @param user a demo user, {@code user:password} for another, or null for none
	 * @param accept the Accept header
	 * @param body the body, or null
	 * @param contentType its type, or null
	 * @return the response
	 */
	public HttpResponse<byte[]> raw(String method, String path, String user, String accept, byte[] body,
			String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept);
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user.contains(":") ? user : user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		request.method(method,
				(body != null) ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Parses a JSON body.
	 * @param body the body
	 * @return its JSON
	 */
	public static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

}
