package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ReceivedMails;

/**
 * An incident end to end over real HTTP, the real outbox and a real SMTP server (GreenMail on a free
 * port): an alert pages the on-call primary by mail, the primary acknowledges through the mail's
 * link (a confirmation page; only its POST acts), public updates reach the customer by mail in their
 * language, the incident is resolved; another customer's people see nothing of it.
 */
@DirtiesContext
class IncidentJourneyTest extends IncidentTestSupport {

	private static final GreenMail mailServer = startedMailServer();

	private static final Duration DELIVERY = Duration.ofSeconds(30);

	private static final Pattern ACK_LINK = Pattern.compile("https://desk\\.example\\.test(/incidents/ack\\?token=\\S+)");

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		ReceivedMails.sendTo(mailServer, registry);
	}

	@AfterAll
	static void mailServerStops() {
		mailServer.stop();
	}

	@Test
	void anAlertPagesThePrimaryWhoAcknowledgesByLinkAndTheCustomerFollowsUpdatesUntilResolved() throws Exception {
		String pia = newPerson("Pia", null, Locale.ENGLISH, Role.SRE);
		String sid = newPerson("Sid", null, Locale.ENGLISH, Role.SRE);
		theRotationRuns("2036-09-01", pia, sid);
		Long acme = newCustomer("Acme");
		String carmen = newPerson("Carmen", acme, Locale.forLanguageTag("es"), Role.REQUESTER);
		String strangerEmail = newPerson("Stranger", newCustomer("Other"), Role.REQUESTER);
		ApiClient stranger = basic(strangerEmail);
		ApiClient monitor = monitor(newIntegration(acme));

		long incident = monitor.post("/api/v1/alerts", alerts(alert("pay-1", "firing", "api-gateway", "production", "critical")))
			.json().path("incidents").get(0).asLong();
		String reference = "INC-" + incident;

		MimeMessage page = awaitMail(pia, reference);
		String pageText = page.getContent().toString();
		assertThat(page.getSubject()).contains("SEV2").contains("api-gateway").contains("production");
		assertThat(pageText).contains(reference).contains("Acme").contains("api-gateway");
		Matcher link = ACK_LINK.matcher(pageText);
		assertThat(link.find()).as("the page carries an acknowledgement link: " + pageText).isTrue();

		ApiClient primary = ApiClient.signIn(this.port, pia, PASSWORD);
		ApiClient.Response confirmation = primary.get(link.group(1));
		assertThat(confirmation.status()).isEqualTo(200);
		assertThat(confirmation.body()).contains(reference).contains("SEV2").contains("API gateway route · Production");
		assertThat(statusOf(primary, incident)).as("opening the link changes nothing").isEqualTo("TRIGGERED");
		ApiClient.Response otherEngineer = ApiClient.signIn(this.port, sid, PASSWORD).get(link.group(1));
		assertThat(otherEngineer.status()).as("the link is Pia's").isEqualTo(404);

		String token = link.group(1).substring(link.group(1).indexOf("token=") + 6);
		assertThat(primary.postForm("/incidents/ack", Map.of("token", token)).status()).isEqualTo(200);
		assertThat(statusOf(primary, incident)).isEqualTo("ACKNOWLEDGED");
		assertThat(primary.postForm("/incidents/ack", Map.of("token", token)).body()).as("single use")
			.contains("Someone has acknowledged this incident already");

		ApiClient sre = basic(pia);
		succeeds(sre.post("/api/v1/incidents/" + incident + "/updates",
				Map.of("status", "INVESTIGATING", "text", "Payments fail for some cards; we are on it.")));
		MimeMessage update = awaitMail(carmen, reference);
		assertThat(update.getSubject()).as("Carmen reads Spanish").startsWith("[" + reference + "] Investigando");
		assertThat(update.getContent().toString()).contains("Payments fail for some cards");
		succeeds(sre.post("/api/v1/incidents/" + incident + "/updates", Map.of("status", "RESOLVED", "text", "Fixed.")));

		JsonNode seenByCustomer = basic(carmen).get("/api/v1/incidents/" + incident).json();
		assertThat(seenByCustomer.path("status").asText()).isEqualTo("RESOLVED");
		assertThat(seenByCustomer.path("timeToAcknowledge").isNull()).isFalse();
		assertThat(seenByCustomer.path("timeline").findValuesAsText("kind")).doesNotContain("PAGED", "ALERT_FIRED")
			.contains("ACKNOWLEDGED", "STATUS_CHANGED");
		assertThat(seenByCustomer.path("timeline").findValuesAsText("actor")).as("customers do not learn who").containsOnly("null");
		assertThat(stranger.get("/api/v1/incidents/" + incident).status()).isEqualTo(404);

		JsonNode report = basic(carmen).get("/api/v1/incidents/sla-report").json();
		assertThat(report).hasSize(1);
		assertThat(report.get(0).path("timeToAcknowledge").isNull()).as("the SLA report shows the time to acknowledge").isFalse();
		assertThat(report.get(0).path("acknowledgeTarget").asText()).isEqualTo("PT15M");

		ApiClient customerBrowser = ApiClient.signIn(this.port, carmen, PASSWORD);
		String statusPage = customerBrowser.get("/status").body();
		assertThat(statusPage).contains(reference, "Payments fail for some cards").containsAnyOf("Resolved", "Resuelto");
		Matcher feedLink = Pattern.compile("href=\"(/status/feed/[^\"]+)\"").matcher(statusPage);
		assertThat(feedLink.find()).as("the status page links the customer's feed").isTrue();
		ApiClient.Response feed = ApiClient.anonymous(this.port).get(feedLink.group(1));
		assertThat(feed.status()).isEqualTo(200);
		assertThat(feed.header("Content-Type").orElseThrow()).startsWith("application/atom+xml");
		assertThat(feed.body()).contains("INC-" + incident + " RESOLVED");
		assertThat(ApiClient.anonymous(this.port).get(feedLink.group(1).replace(".atom", "x.atom")).status()).isEqualTo(404);
		assertThat(signInStranger(strangerEmail).get("/status").body()).doesNotContain(reference);
		assertThat(sre.post("/api/v1/incidents/" + incident + "/updates", Map.of("status", "MITIGATED")).code())
			.isEqualTo(IllegalIncidentMoveException.CODE);
	}

	private ApiClient signInStranger(String email) {
		return ApiClient.signIn(this.port, email, PASSWORD);
	}

	private static String statusOf(ApiClient client, long incident) {
		return client.get("/api/v1/incidents/" + incident).json().path("status").asText();
	}

	/** The two engineers on call for a week from that Monday; the clock at noon that day. */
	private void theRotationRuns(String monday, String primary, String secondary) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(monday + "T10:00:00Z")));
		ApiClient admin = basic(newPerson("Ada", null, Role.ADMIN));
		ApiClient.Response generated = admin.post("/api/v1/admin/oncall/rotation",
				Map.of("startDate", monday, "weeks", 1, "engineers", List.of(primary, secondary)));
		assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
	}

	private static MimeMessage awaitMail(String recipient, String reference) {
		return ReceivedMails.awaitFirst(mailServer, recipient, reference, DELIVERY);
	}

	private static GreenMail startedMailServer() {
		return ReceivedMails.startedServer();
	}

}
