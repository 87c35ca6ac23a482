package io.connectdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Secrets a customer pastes into a ticket (a private key, a cloud access key, a token, a password)
 * are stored apart, encrypted, and the ticket keeps a reference: no API answer, page or mail carries
 * them, and only staff reveal one, with an audit entry.
 */
@DirtiesContext
class ConversationSecretsTest extends ApiTestSupport {

	private static final int SMTP_PORT = freePort();

	private static final String PRIVATE_KEY = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx7Zq1exampleexampleexample\n"
			+ "c2VjcmV0LWtleS1tYXRlcmlhbC1oZXJl\n-----END RSA PRIVATE KEY-----";

	private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";

	private static final String GITHUB_TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

	private static final String PASSWORD = "S3cr3t-Hunter2!";

	private static final List<String> ALL = List.of("MIIEowIBAAKCAQEAx7Zq1", AWS_KEY, GITHUB_TOKEN, PASSWORD);

	private static GreenMail mailServer;

	@Autowired
	private JdbcClient jdbc;

	private ApiClient requester;

	private String requesterEmail;

	private ApiClient sre;

	private String sreEmail;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("connectdesk.notice.send-interval", () -> "PT0.2S");
	}

	@BeforeAll
	static void mailServerRuns() {
		mailServer = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mailServer.start();
	}

	@AfterAll
	static void mailServerStops() {
		mailServer.stop();
	}

	@BeforeEach
	void people() {
		Long customer = newCustomer("Careless");
		this.requesterEmail = newPerson("Carla", customer, Locale.ENGLISH, Role.REQUESTER);
		this.requester = basic(this.requesterEmail);
		this.sreEmail = newPerson("Sam", null, Locale.ENGLISH, Role.SRE);
		this.sre = basic(this.sreEmail);
	}

	@Test
	void eachKindOfSecretIsStoredAsAReferenceAndNeverInAnAnswerAPageOrAMail() {
		Map<String, Object> request = new HashMap<>(ticketRequest("Access for the pipeline"));
		request.put("description", "Our deploy key:\n" + PRIVATE_KEY + "\nand the key " + AWS_KEY + " with db_password = '" + PASSWORD + "'.");
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticketId = filed.json().path("id").asText();
		ApiClient.Response replied = this.requester.post("/api/v1/tickets/" + ticketId + "/replies",
				Map.of("body", "Also the CI token: " + GITHUB_TOKEN, "internal", false));
		succeeds(replied);

		String description = ticket(this.sre, ticketId).path("description").asText();
		assertThat(description).contains("[secret:private-key:sec-", "[secret:aws-access-key:sec-", "db_password = [secret:password:sec-")
			.startsWith("Our deploy key:\n[secret:private-key:");
		assertThat(replied.body()).contains("Also the CI token: [secret:github-token:sec-");
		for (ApiClient.Response answer : List.of(filed, replied, this.requester.get("/api/v1/tickets/" + ticketId),
				this.sre.get("/api/v1/tickets/" + ticketId), signIn(this.requesterEmail).get("/tickets/" + ticketId))) {
			assertThat(answer.body()).as(answer.request()).doesNotContain(ALL);
		}
		assertThat(storedTexts(ticketId)).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain(ALL));
		assertThat(this.jdbc.sql("select cipher_text from provisioning_secret where request_key like 'conversation:%'")
			.query(String.class).list()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(text -> assertThat(text).doesNotContain(ALL));
		await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(this.requesterEmail).size() >= 1);
		assertThat(mailsTo(this.requesterEmail)).allSatisfy(mail -> assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain(ALL));
	}

	@Test
	void aSecretInATitleATaskCommentOrATextFileIsAReferenceInTheStoreAnswersMailsAndSearch() {
		Map<String, Object> request = new HashMap<>(ticketRequest("Rotate " + AWS_KEY));
		String ticketId = this.requester.post("/api/v1/tickets", request).json().path("id").asText();
		claimAndComplete(this.sre, ticketId, "ASK", "Does the new db_password = '" + PASSWORD + "' work?");
		ApiClient.Response answered = this.requester.postMultipart("/api/v1/tickets/" + ticketId + "/replies",
				Map.of("body", "Yes, and here is the tunnel's configuration"),
				List.of(ApiClient.FilePart.of("tunnel.conf", ("peer 203.0.113.7\n" + PRIVATE_KEY + "\ntoken: " + GITHUB_TOKEN + "\n")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
		succeeds(answered);
		long fileId = this.requester.get("/api/v1/tickets/" + ticketId + "/attachments").json().get(0).path("id").asLong();
		ApiClient.Response download = this.sre.get("/api/v1/tickets/" + ticketId + "/attachments/" + fileId);

		assertThat(ticket(this.requester, ticketId).path("title").asText()).startsWith("Rotate [secret:aws-access-key:sec-");
		assertThat(download.body()).startsWith("peer 203.0.113.7\n[secret:private-key:sec-").contains("token: [secret:github-token:sec-");
		for (ApiClient.Response answer : List.of(answered, download, this.requester.get("/api/v1/tickets/" + ticketId),
				this.sre.get("/api/v1/tickets/" + ticketId), this.sre.get("/api/v1/search?q=Rotate"),
				signIn(this.sreEmail).get("/tickets/" + ticketId))) {
			assertThat(answer.body()).as(answer.request()).doesNotContain(ALL);
		}
		long number = TicketKeys.parse(ticketId).orElseThrow();
		List<String> stored = new java.util.ArrayList<>(storedTexts(ticketId));
		stored.add(this.jdbc.sql("select title from ticket where id = ?").param(number).query(String.class).single());
		stored.add(new String(this.jdbc.sql("select content from attachment_content where attachment_id = ?").param(fileId)
			.query(byte[].class).single(), java.nio.charset.StandardCharsets.UTF_8));
		stored.addAll(this.jdbc.sql("select public_text || ' ' || coalesce(internal_text, '') from ticket_search where ticket_id = ?")
			.param(number).query(String.class).list());
		assertThat(stored).hasSizeGreaterThan(6).allSatisfy(text -> assertThat(text).doesNotContain(ALL));
		assertThat(String.join("\n", stored)).contains("Does the new db_password = [secret:password:sec-");
		await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(this.requesterEmail).size() >= 2);
		assertThat(mailsTo(this.requesterEmail)).allSatisfy(mail -> assertThat(GreenMailUtil.getWholeMessage(mail)).doesNotContain(ALL));
		String keyInFile = download.body().replaceAll("(?s).*\\[secret:private-key:(sec-[0-9a-f-]{36})\\].*", "$1");
		ApiClient.Response revealed = this.sre.post("/api/v1/tickets/" + ticketId + "/secrets/" + keyInFile + "/reveal", null);
		assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
		assertThat(revealed.json().path("value").asText()).isEqualTo(PRIVATE_KEY);
	}

	@Test
	void aTitleThatALongReferenceWouldOverflowKeepsItsLengthWithoutTheSecret() {
		String title = "x".repeat(170) + " password: " + PASSWORD;
		Map<String, Object> request = new HashMap<>(ticketRequest(title));
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);

		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		assertThat(filed.json().path("title").asText()).hasSizeLessThanOrEqualTo(200).doesNotContain(PASSWORD).startsWith("x".repeat(170));
	}

	@Test
	void onlyStaffRevealASecretAndEveryRevealIsAudited() {
		Map<String, Object> request = new HashMap<>(ticketRequest("Key"));
		request.put("description", "aws_access_key_id: " + AWS_KEY);
		String ticketId = this.requester.post("/api/v1/tickets", request).json().path("id").asText();
		String description = ticket(this.requester, ticketId).path("description").asText();
		String secretId = description.replaceAll("(?s).*\\[secret:aws-access-key:(sec-[0-9a-f-]{36})\\].*", "$1");
		String reveal = "/api/v1/tickets/" + ticketId + "/secrets/" + secretId + "/reveal";

		ApiClient.Response byRequester = this.requester.post(reveal, null);
		ApiClient.Response unknown = this.sre.post("/api/v1/tickets/" + ticketId + "/secrets/sec-00000000-0000-0000-0000-000000000000/reveal", null);
		ApiClient.Response bySre = this.sre.post(reveal, null);

		assertThat(byRequester.status()).isEqualTo(403);
		assertThat(byRequester.body()).doesNotContain(AWS_KEY);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(bySre.status()).as(bySre.toString()).isEqualTo(200);
		assertThat(bySre.json().path("value").asText()).isEqualTo(AWS_KEY);
		assertThat(bySre.headers().get("Cache-Control")).anySatisfy(value -> assertThat(value).contains("no-store"));
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = 'SECRET_REVEALED' and entity_id = ?")
			.param(secretId).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void staffSeeTheSecretsMaskedOnTheTicketPageAndRevealOneWithAPost() {
		Map<String, Object> request = new HashMap<>(ticketRequest("Page key"));
		request.put("description", "password: " + PASSWORD);
		String ticketId = this.requester.post("/api/v1/tickets", request).json().path("id").asText();
		String secretId = ticket(this.requester, ticketId).path("description").asText()
			.replaceAll("(?s).*\\[secret:password:(sec-[0-9a-f-]{36})\\].*", "$1");
		ApiClient staff = signIn(this.sreEmail);

		ApiClient.Response page = staff.get("/tickets/" + ticketId);
		ApiClient.Response customerPage = signIn(this.requesterEmail).get("/tickets/" + ticketId);
		ApiClient.Response revealed = staff.postForm("/tickets/" + ticketId + "/secrets/" + secretId + "/reveal", Map.of());

		assertThat(page.body()).contains("Secrets in this ticket", "/tickets/" + ticketId + "/secrets/" + secretId + "/reveal")
			.doesNotContain(PASSWORD);
		assertThat(customerPage.body()).doesNotContain("Secrets in this ticket", "/reveal", PASSWORD);
		assertThat(revealed.status()).as(revealed.toString()).isEqualTo(200);
		assertThat(revealed.body()).contains(PASSWORD);
		assertThat(revealed.headers().get("Cache-Control")).anySatisfy(value -> assertThat(value).contains("no-store"));
	}

	private List<String> storedTexts(String ticketId) {
		long number = TicketKeys.parse(ticketId).orElseThrow();
		List<String> texts = new java.util.ArrayList<>(this.jdbc.sql("select body from ticket_message where ticket_id = ?").param(number)
			.query(String.class).list());
		texts.add(this.jdbc.sql("select description from ticket where id = ?").param(number).query(String.class).single());
		texts.addAll(this.jdbc.sql("select coalesce(detail, '') from ticket_event where ticket_id = ?").param(number).query(String.class).list());
		return texts;
	}

	private static List<MimeMessage> mailsTo(String recipient) {
		return Arrays.stream(mailServer.getReceivedMessages())
			.filter(mail -> GreenMailUtil.getWholeMessage(mail).contains("To: " + recipient))
			.toList();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
