package io.connectdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.journey.ReceivedMails;

/**
 * The escalation ladder end to end: real HTTP, the real outbox and a real SMTP server (GreenMail, on a
 * free port). The engine's clock moves past each wait; the test executes the jobs the job executor
 * (off in tests) would. Shifts are global, so each test plans its own year.
 */
@DirtiesContext
class EscalationJourneyTest extends ApiTestSupport {

	private static final GreenMail mailServer = startedMailServer();

	private static final Duration DELIVERY = Duration.ofSeconds(20);

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private Escalations escalations;

	private ApiClient admin;

	private String pia;

	private String sid;

	private String eve;

	private ApiClient requester;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		ReceivedMails.sendTo(mailServer, registry);
	}

	@AfterAll
	static void mailServerStops() {
		mailServer.stop();
	}

	@BeforeEach
	void theOnCallPairAnExpertAndACustomer() {
		this.admin = basic(newPerson("Ada", null, Role.ADMIN));
		this.pia = newPerson("Pia", null, Locale.ENGLISH, Role.SRE);
		this.sid = newPerson("Sid", null, Locale.forLanguageTag("es"), Role.SRE);
		this.eve = newPerson("Eve", null, Locale.ENGLISH, Role.SRE, Role.EXPERT);
		this.requester = basic(newPerson("Rita", newCustomerWithUrgentSlots("Acme", 10, "Europe/Madrid"), Role.REQUESTER));
	}

	@Test
	void anUrgentTicketCallsThePrimaryThenTheSecondaryUntilSomeoneClaimsItAndIsResolvedWithinTarget() throws Exception {
		theRotationRuns("2036-06-02");

		String ticket = fileUrgentTicket("Production is down");
		theLadderStepRuns(ticket);
		MimeMessage toPrimary = awaitMail(this.pia, ticket);
		assertThat(toPrimary.getSubject()).isEqualTo("[" + ticket + "] On call: a ticket needs you: Production is down");
		assertThat(toPrimary.getContent().toString()).contains("https://desk.example.test/tickets/" + ticket);

		theWaitIsOver(ticket, Duration.ofMinutes(15));
		MimeMessage toSecondary = awaitMail(this.sid, ticket);
		assertThat(toSecondary.getSubject()).as("Sid reads Spanish").startsWith("[" + ticket + "] Guardia: un ticket te necesita");

		ApiClient secondary = basic(this.sid);
		String task = openTask(secondary, ticket);
		succeeds(secondary.post("/api/v1/tasks/" + task + "/claim", null));

		assertThat(ladderOf(ticket)).as("the claim ends the ladder").isNull();
		JsonNode staffView = ticket(secondary, ticket);
		assertThat(staffView.path("timeline").findValuesAsText("kind")).containsSubsequence("FILED", "ONCALL_NOTIFIED",
				"ONCALL_NOTIFIED", "CLAIMED");
		assertThat(staffView.path("timeline").findValuesAsText("detail")).anySatisfy(detail -> assertThat(detail).contains("Primary: Pia"))
			.anySatisfy(detail -> assertThat(detail).contains("Secondary: Sid"));
		assertThat(ticket(this.requester, ticket).path("timeline").findValuesAsText("kind"))
			.as("customers do not see whom the service called").doesNotContain("ONCALL_NOTIFIED");
		assertThat(mailsTo(this.eve, ticket)).as("the experts were never needed").isEmpty();

		succeeds(secondary.post("/api/v1/tasks/" + task + "/complete", Map.of("outcome", "ACCEPT")));
		claimAndComplete(secondary, ticket, "RESOLVE", "The database failover is done.");
		JsonNode report = this.requester.get("/api/v1/sla-report?month=2036-06").json();
		assertThat(report.path("firstResponse").path("met").asInt()).as("accepted 15 minutes after filing").isOne();
		assertThat(report.path("resolution").path("met").asInt()).isOne();
		assertThat(report.path("breaches").isEmpty()).isTrue();
	}

	@Test
	void withoutAClaimTheLadderReachesTheExpertsQueue() throws Exception {
		theRotationRuns("2037-06-01");
		String ticket = fileUrgentTicket("Database unreachable");
		theLadderStepRuns(ticket);
		theWaitIsOver(ticket, Duration.ofMinutes(15));
		theWaitIsOver(ticket, Duration.ofMinutes(30));

		MimeMessage toExperts = awaitMail(this.eve, ticket);
		assertThat(toExperts.getSubject()).isEqualTo("[" + ticket + "] Escalated to the experts: Database unreachable");
		ApiClient expert = basic(this.eve);
		JsonNode queue = expert.get("/api/v1/escalations").json();
		JsonNode escalation = find(queue, ticket);
		assertThat(escalation.path("reason").asText()).isEqualTo("urgent");
		succeeds(expert.post("/api/v1/escalations/" + escalation.path("taskId").asText() + "/take", null));

		assertThat(find(expert.get("/api/v1/escalations").json(), ticket)).isNull();
		assertThat(ticket(expert, ticket).path("timeline").findValuesAsText("kind")).containsSubsequence("ESCALATED",
				"ONCALL_NOTIFIED", "ESCALATION_TAKEN");
	}

	@Test
	void theOnCallEngineerEscalatesByHandWithANote() throws Exception {
		theRotationRuns("2038-06-07");
		String ticket = fileTicket(this.requester, "Strange firewall rule");
		ApiClient primary = basic(this.pia);

		ApiClient.Response noNote = primary.post("/api/v1/tickets/" + ticket + "/escalations", Map.of("note", " "));
		assertThat(noNote.status()).isEqualTo(400);
		assertThat(noNote.json().path("errors").findValuesAsText("field")).containsExactly("note");
		ApiClient.Response notOnCall = basic(newPerson("Olaf", null, Role.SRE))
			.post("/api/v1/tickets/" + ticket + "/escalations", Map.of("note", "Me too"));
		assertThat(notOnCall.code()).isEqualTo("not-on-call");
		assertThat(this.requester.post("/api/v1/tickets/" + ticket + "/escalations", Map.of("note", "Hurry")).status())
			.isEqualTo(403);

		succeeds(primary.post("/api/v1/tickets/" + ticket + "/escalations", Map.of("note", "Looks like a WAF bug")));

		awaitMail(this.eve, ticket);
		JsonNode queued = find(basic(this.eve).get("/api/v1/escalations").json(), ticket);
		assertThat(queued.path("note").asText()).as("the experts' queue shows the note").isEqualTo("Looks like a WAF bug");
		assertThat(queued.path("ticketUrl").asText()).isEqualTo("/tickets/" + ticket);
		JsonNode timeline = ticket(primary, ticket).path("timeline");
		assertThat(timeline.findValuesAsText("kind")).containsSubsequence("ESCALATED", "ONCALL_NOTIFIED");
		assertThat(timeline.findValuesAsText("detail")).contains("Looks like a WAF bug");
		assertThat(primary.post("/api/v1/tickets/" + ticket + "/escalations", Map.of("note", "Again")).code())
			.isEqualTo("already-with-experts");
	}

	@Test
	void aServiceLevelWarningPutsANormalTicketOnTheLadderOnce() throws Exception {
		theRotationRuns("2039-06-06");
		String ticket = fileTicket(this.requester, "Slow deployments");
		assertThat(ladderOf(ticket)).as("normal tickets wait for their warning").isNull();

		assertThat(this.escalations.enterLadder(ticket, "service-level warning")).isTrue();
		assertThat(this.escalations.enterLadder(ticket, "service-level warning")).as("already on it").isFalse();
		theLadderStepRuns(ticket);

		awaitMail(this.pia, ticket);
	}

	/** Pia primary and Sid secondary from 08:00 (Madrid) of that Monday; the clock at noon that day. */
	private void theRotationRuns(String monday) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(monday + "T10:00:00Z")));
		ApiClient.Response generated = this.admin.post("/api/v1/admin/oncall/rotation",
				Map.of("startDate", monday, "weeks", 1, "engineers", List.of(this.pia, this.sid)));
		assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
	}

	private String fileUrgentTicket(String title) {
		Map<String, Object> request = new HashMap<>(ticketRequest(title));
		request.put("urgent", true);
		ApiClient.Response filed = this.requester.post("/api/v1/tickets", request);
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		return filed.json().path("id").asText();
	}

	/** The ladder's asynchronous first step runs, as the job executor would run it. */
	private void theLadderStepRuns(String ticket) {
		Job job = this.management.createJobQuery().processInstanceId(ladderOf(ticket).getId()).executable().singleResult();
		this.management.executeJob(job.getId());
	}

	private void theWaitIsOver(String ticket, Duration wait) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(wait).plusSeconds(1)));
		Job timer = this.management.createJobQuery().processInstanceId(ladderOf(ticket).getId()).timers().singleResult();
		assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
		this.management.executeJob(timer.getId());
	}

	private ProcessInstance ladderOf(String ticket) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(EscalationLadder.PROCESS_KEY)
			.processInstanceBusinessKey(ticket)
			.singleResult();
	}

	private static JsonNode find(JsonNode escalations, String ticket) {
		for (JsonNode escalation : escalations) {
			if (ticket.equals(escalation.path("ticketId").asText())) {
				return escalation;
			}
		}
		return null;
	}

	private static MimeMessage awaitMail(String recipient, String ticket) {
		return ReceivedMails.awaitFirst(mailServer, recipient, ticket, DELIVERY);
	}

	private static List<MimeMessage> mailsTo(String recipient, String ticket) {
		return ReceivedMails.to(mailServer, recipient, ticket);
	}

	private static GreenMail startedMailServer() {
		return ReceivedMails.startedServer();
	}

}
