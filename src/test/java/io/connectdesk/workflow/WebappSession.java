package io.connectdesk.workflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.connectdesk.journey.ApiClient;

/**
 * A browser in Cockpit: the portal's session (signed in with the login form), and the webapps' own CSRF token
 * (cookie XSRF-TOKEN echoed in X-XSRF-TOKEN), as Cockpit's scripts send them to the webapps' REST endpoints.
 */
final class WebappSession {

	static final String ENGINE = "/camunda/api/engine/engine/default";

	static final String COCKPIT_PLUGIN = "/camunda/api/cockpit/plugin/base/default";

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final Map<String, String> cookies = new ConcurrentHashMap<>();

	private final String base;

	WebappSession(int port, ApiClient signedIn) {
		this.base = "http://localhost:" + port;
		this.cookies.put("JSESSIONID", signedIn.cookie("JSESSIONID").orElseThrow());
		get("/camunda/app/cockpit/default/"); // opening Cockpit signs the portal's person in to the webapps
		HttpResponse<String> login = get("/camunda/api/admin/auth/user/default");
		if (login.statusCode() != 200 || !this.cookies.containsKey("XSRF-TOKEN")) {
			throw new IllegalStateException("No webapp login: " + login.statusCode() + " " + login.body());
		}
	}

	HttpResponse<String> get(String path) {
		return send("GET", path, null, "application/json");
	}

	HttpResponse<String> post(String path, String json) {
		return send("POST", path, json, "application/json");
	}

	HttpResponse<String> put(String path, String json) {
		return send("PUT", path, json, "application/json");
	}

	HttpResponse<String> delete(String path) {
		return send("DELETE", path, null, "application/json");
	}

	/** A deployment as Cockpit's and the Modeler's deploy dialog sends it: one BPMN file in a multipart form. */
	HttpResponse<String> deploy(String name, String fileName, String bpmn) {
		String boundary = "connectdesk" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
		return send("POST", ENGINE + "/deployment/create", body, "multipart/form-data; boundary=" + boundary);
	}

	private HttpResponse<String> send(String method, String path, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body))
			.header("Accept", "application/json")
			.header("Content-Type", contentType)
			.header("Cookie", String.join("; ", this.cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
		if (this.cookies.containsKey("XSRF-TOKEN")) {
			request.header("X-XSRF-TOKEN", this.cookies.get("XSRF-TOKEN"));
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(cookie -> {
				String[] nameValue = cookie.split(";", 2)[0].split("=", 2);
				if (nameValue.length == 2 && !nameValue[1].isBlank()) {
					this.cookies.put(nameValue[0].trim(), nameValue[1].trim());
				}
			});
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(method + " " + path + " interrupted", ex);
		}
	}

}
