package io.connectdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JOSEObjectType;

import io.connectdesk.journey.ApiClient;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Single sign-on behind a load balancer without sticky sessions: the sign-in starts on node A (which
 * saves the authorization request in the session) and the provider's callback lands on node B, with
 * the balancer's Host header, as it would through HAProxy. B finds the saved request in the database.
 */
class OidcAcrossNodesTest {

	private static final String ISSUER = "default";

	private static final String STAFF_DOMAIN = "staff.example.test";

	private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	private static ClusterNodes cluster;

	private static int nodeA;

	private static int nodeB;

	@BeforeAll
	static void twoNodesAndAProvider() {
		PROVIDER.start();
		cluster = ClusterNodes.onEmptyDatabase();
		Map<String, Object> oidc = Map.of("spring.profiles.active", "oidc", "CONNECTDESK_OIDC_ISSUER",
				PROVIDER.issuerUrl(ISSUER).toString(), "CONNECTDESK_OIDC_CLIENT_ID", "connectdesk", "CONNECTDESK_OIDC_CLIENT_SECRET",
				"secret", "connectdesk.oidc.staff-domains", STAFF_DOMAIN);
		nodeA = ClusterNodes.port(cluster.start(oidc));
		nodeB = ClusterNodes.port(cluster.start(oidc));
	}

	@AfterAll
	static void stop() throws Exception {
		cluster.close();
		PROVIDER.shutdown();
	}

	@Test
	void theProvidersCallbackOnAnotherNodeSignsIn() throws IOException {
		String email = "sara-" + UUID.randomUUID().toString().substring(0, 8) + "@" + STAFF_DOMAIN;
		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, email, JOSEObjectType.JWT.getType(), List.of("connectdesk"),
				Map.of("email", email, "name", "Sara Single", "realm_access", Map.of("roles", List.of("SRE"))), 3600));
		ApiClient onA = ApiClient.anonymous(nodeA);

		ApiClient.Response toProvider = onA.get("/oauth2/authorization/connectdesk");
		assertThat(toProvider.status()).as(toProvider.toString()).isEqualTo(302);
		URI callback = URI.create(providerRedirect(toProvider.header("Location").orElseThrow()));
		assertThat(callback.getPort()).isEqualTo(nodeA);

		Answer signedIn = getThroughBalancer(nodeB, callback.getRawPath() + "?" + callback.getRawQuery(), "localhost:" + nodeA,
				"JSESSIONID=" + onA.cookie("JSESSIONID").orElseThrow());
		assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(302);
		// an SRE lands on the queue, where their work is
		assertThat(signedIn.header("Location")).as(signedIn.toString()).endsWith("/queue");

		String session = signedIn.cookie("JSESSIONID");
		ApiClient.Response tickets = ApiClient.anonymous(nodeA).get("/tickets", Map.of("Cookie", "JSESSIONID=" + session));
		assertThat(tickets.status()).as(tickets.toString()).isEqualTo(200);
		assertThat(tickets.body()).contains("Sara Single");
	}

	/** The provider signs the person in at once and sends the browser back: where to. */
	private static String providerRedirect(String authorize) throws IOException {
		URI uri = URI.create(authorize);
		Answer answer = getThroughBalancer(uri.getPort(), uri.getRawPath() + "?" + uri.getRawQuery(), uri.getHost() + ":" + uri.getPort(),
				null);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(302);
		return answer.header("Location");
	}

	/** A plain HTTP/1.1 GET to that port with the Host header a balancer passes on (a JDK client will not set Host). */
	private static Answer getThroughBalancer(int port, String pathAndQuery, String host, String cookie) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/html\r\n"
					+ (cookie == null ? "" : "Cookie: " + cookie + "\r\n") + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
			String statusLine = in.readLine();
			List<String> headers = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				headers.add(line);
			}
			return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers);
		}
	}

	private record Answer(int status, List<String> headers) {

		String header(String name) {
			return this.headers.stream()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
				.map(line -> line.substring(name.length() + 1).strip())
				.findFirst()
				.orElseThrow(() -> new AssertionError("No " + name + " in " + this));
		}

		String cookie(String name) {
			return this.headers.stream()
				.filter(line -> line.toLowerCase(Locale.ROOT).startsWith("set-cookie:"))
				.map(line -> line.substring("set-cookie:".length()).strip().split(";", 2)[0])
				.filter(pair -> pair.startsWith(name + "="))
				.map(pair -> pair.substring(name.length() + 1))
				.findFirst()
				.orElseThrow(() -> new AssertionError("No cookie " + name + " in " + this));
		}

	}

}
