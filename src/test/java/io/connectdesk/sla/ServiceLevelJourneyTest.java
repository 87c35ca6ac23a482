package io.connectdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.oncall.EscalationLadder;
import io.connectdesk.ticket.FirstDueTimes;
import io.connectdesk.ticket.TicketDueTimes;
import io.connectdesk.ticket.TicketFacts;
import io.connectdesk.journey.ApiTestSupport;

/**
 * Service levels through the real API: a STANDARD customer in UTC, whose normal requests get 8 h to a
 * first response and 72 h to resolution in business hours (Mon–Fri 09:00–18:00). The engine clock
 * is moved and the due service-level alarms are raised as the scheduled sweep would raise them.
 */
@RecordApplicationEvents
class ServiceLevelJourneyTest extends ApiTestSupport {

	/** A Tuesday. */
	private static final Instant FILED = Instant.parse("2026-11-10T10:00:00Z");

	@Autowired
	private ApplicationEvents events;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ServiceLevelAlarms alarms;

	@Autowired
	private ServiceLevelClockRepository clocks;

	@Autowired
	private FilingForecast forecast;

	@Autowired
	private TicketDueTimes tickets;

	private Long acme;

	private ApiClient requester;

	private ApiClient sre;

	@BeforeEach
	void aCustomerAndAnSre() {
		ClockUtil.setCurrentTime(Date.from(FILED));
		this.acme = newCustomer("Acme");
		this.requester = basic(newPerson("Rita", this.acme, Role.REQUESTER));
		this.sre = basic(newPerson("Sam", null, Role.SRE));
	}

	@Test
	void theDueTimesForecastBeforeTheTicketIsWrittenAreThoseItsClockStartsWith() {
		String ticket = fileTicket(this.requester, "Activate container service");
		TicketFacts filed = this.tickets.facts(ticket).orElseThrow();

		FirstDueTimes.Due forecast = this.forecast.of(new TicketFacts(null, filed.customerId(), filed.type(), filed.urgent(),
				filed.status(), filed.createdAt())).orElseThrow();

		JsonNode shown = ticket(this.sre, ticket);
		assertThat(forecast.responseDueAt()).isEqualTo(shown.path("responseDueAt").asText()).isEqualTo("2026-11-10T18:00:00Z");
		assertThat(forecast.resolutionDueAt()).isEqualTo(shown.path("resolutionDueAt").asText());
		assertThat(forecast.nextDueAt()).isEqualTo(this.clocks.findById(ticket).orElseThrow().nextDueAt());
	}

	@Test
	void filingSetsDueTimesAndTheTimersWarnThenRecordTheBreach() {
		String ticket = fileTicket(this.requester, "Activate container service");
		JsonNode filed = ticket(this.sre, ticket);
		assertThat(filed.path("responseDueAt").asText()).isEqualTo("2026-11-10T18:00:00Z");
		// 8 h on Tuesday, then 9 h a day: Wed, Thu, Fri, Mon, Tue, Wed, Thu, and 1 h on Friday 20th
		assertThat(filed.path("resolutionDueAt").asText()).isEqualTo("2026-11-20T10:00:00Z");

		timersRunUntil(ticket, "2026-11-10T16:00:00Z"); // 75 % of 8 h
		assertThat(timeline(this.sre, ticket)).contains("SERVICE_LEVEL_WARNING").doesNotContain("SERVICE_LEVEL_BREACHED");
		assertThat(timeline(this.requester, ticket)).doesNotContain("SERVICE_LEVEL_WARNING");
		assertThat(this.events.stream(ServiceLevelWarning.class)).containsExactly(new ServiceLevelWarning(ticket, this.acme,
				ServiceLevelTarget.FIRST_RESPONSE, Instant.parse("2026-11-10T18:00:00Z")));

		timersRunUntil(ticket, "2026-11-10T18:00:00Z");
		assertThat(timeline(this.requester, ticket)).contains("SERVICE_LEVEL_BREACHED");
		assertThat(this.events.stream(ServiceLevelBreached.class)).containsExactly(new ServiceLevelBreached(ticket,
				this.acme, ServiceLevelTarget.FIRST_RESPONSE, Instant.parse("2026-11-10T18:00:00Z")));

		claimAndComplete(this.sre, ticket, "ACCEPT", null); // late: the breach is not recorded twice
		JsonNode report = this.requester.get("/api/v1/sla-report?month=2026-11").json();
		assertThat(report.path("tickets").asInt()).isEqualTo(1);
		assertThat(report.path("firstResponse").path("measured").asInt()).isEqualTo(1);
		assertThat(report.path("firstResponse").path("met").asInt()).isZero();
		assertThat(report.path("breaches").findValuesAsText("target")).containsExactly("FIRST_RESPONSE");
	}

	@Test
	void aWarningPutsANormalTicketOnTheEscalationLadder() {
		String ticket = fileTicket(this.requester, "Activate container service");
		assertThat(ladders(ticket)).isZero();

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-10T16:00:00Z")));
		assertThat(this.alarms.raiseDue()).as("the sweep raises every due alarm").isPositive();

		assertThat(ladders(ticket)).isOne();
	}

	@Test
	void waitingOnTheCustomerPausesTheClockAndTheAnswerMovesTheDueTimes() {
		String ticket = fileTicket(this.requester, "Open a VPN link");
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-10T11:00:00Z")));
		claimAndComplete(this.sre, ticket, "ASK", "Which network range?"); // the first response, in time

		assertThat(ticket(this.sre, ticket).path("respondedAt").asText()).isEqualTo("2026-11-10T11:00:00Z");
		assertThat(timerDueDates(ticket)).as("no timer runs while the ticket waits on the customer").isEmpty();

		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-11T11:00:00Z")));
		succeeds(this.requester.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "10.0.0.0/16")));

		// paused 7 h on Tuesday and 2 h on Wednesday: the resolution moves 9 working hours later
		JsonNode answered = ticket(this.sre, ticket);
		assertThat(answered.path("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(answered.path("resolutionDueAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
		assertThat(timerDueDates(ticket)).containsExactly(Instant.parse("2026-11-19T10:00:00Z"));
	}

	@Test
	void aTicketResolvedInTimeMeetsItsTargets() {
		String ticket = fileTicket(this.requester, "Add a database");
		claimAndComplete(this.sre, ticket, "ACCEPT", null);
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-12T10:00:00Z")));
		claimAndComplete(this.sre, ticket, "RESOLVE", "Done");

		assertThat(clockOf(ticket).getNextAlarmAt()).as("no alarm is left to raise").isNull();
		JsonNode report = this.sre.get("/api/v1/admin/customers/" + this.acme + "/sla-report?month=2026-11").json();
		assertThat(report.path("firstResponse").path("percent").asText()).isEqualTo("100.0");
		assertThat(report.path("resolution").path("percent").asText()).isEqualTo("100.0");
		assertThat(report.path("breaches")).isEmpty();
		assertThat(this.requester.get("/api/v1/sla-report?month=2026-10").json().path("tickets").asInt()).isZero();
	}

	@Test
	void reportsAreScopedAndCheckTheirMonth() {
		fileTicket(this.requester, "Add a database");
		ApiClient stranger = basic(newPerson("Gus", newCustomer("Globex"), Role.REQUESTER));

		assertThat(stranger.get("/api/v1/sla-report?month=2026-11").json().path("tickets").asInt()).isZero();
		assertThat(stranger.get("/api/v1/admin/customers/" + this.acme + "/sla-report").status()).isEqualTo(403);
		ApiClient.Response bad = this.requester.get("/api/v1/sla-report?month=November");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("month");
		assertThat(this.sre.get("/api/v1/admin/customers/999999999/sla-report").status()).isEqualTo(404);
		assertThat(this.sre.get("/api/v1/sla-report").status()).isEqualTo(403);
	}

	@Test
	void pagesShowTheCountdownAndTheReport() {
		String ticket = fileTicket(this.requester, "Add a database");
		ApiClient rita = signIn(ticket(this.sre, ticket).path("requesterEmail").asText());
		ApiClient sam = signIn(newPerson("Sue", null, Role.SRE));

		assertThat(rita.get("/tickets/" + ticket).body()).contains("due in 8 h 0 min", "data-due=\"2026-11-10T18:00:00Z\"");
		assertThat(sam.get("/queue").body()).contains("due in 8 h 0 min");
		ApiClient.Response own = rita.get("/sla?month=2026-11");
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("First response", "none yet");
		ApiClient.Response csv = sam.get("/admin/customers/" + this.acme + "/sla.csv?month=2026-11");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).startsWith("record,customer,month,target").contains("summary,").contains(",2026-11,FIRST_RESPONSE,1,0,0,");
		assertThat(sam.get("/admin/customers/" + this.acme + "/sla?month=nonsense").body()).contains("Not a month such as 2026-11");
	}

	@Test
	void adminsKeepTheContractsHolidays() {
		ApiClient admin = basic(newPerson("Ada", null, Role.ADMIN));
		String holidays = "/api/v1/admin/customers/" + this.acme + "/holidays";

		ApiClient.Response bad = admin.put(holidays, Map.of("holidays", List.of("2026-12-25", "Christmas")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("holidays[1]");
		succeeds(admin.put(holidays, Map.of("holidays", List.of("2026-12-25", "2026-11-11"))));
		assertThat(admin.get(holidays).json().path("holidays").toString()).isEqualTo("[\"2026-11-11\",\"2026-12-25\"]");

		// Wednesday 11th is a holiday now: Tuesday's 8 h then 9 h a day from Thursday
		String ticket = fileTicket(this.requester, "Add a database");
		assertThat(ticket(this.sre, ticket).path("resolutionDueAt").asText()).isEqualTo("2026-11-23T10:00:00Z");
	}

	@Test
	void adminsEditTheHolidaysOnTheirPage() {
		ApiClient ada = signIn(newPerson("Ada", null, Role.ADMIN));
		String page = "/admin/customers/" + this.acme + "/holidays";

		ApiClient.Response bad = ada.postForm(page, Map.of("holidays", "2026-12-25\nChristmas"));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("Entry 2 is not a date such as 2026-12-25");
		assertThat(ada.get(page).body()).doesNotContain("2026-12-25</textarea>");

		assertThat(ada.postForm(page, Map.of("holidays", "2026-12-25, 2026-12-08")).status()).isEqualTo(302);
		assertThat(ada.get(page).body()).contains("2026-12-08\n2026-12-25</textarea>");
	}

	private static List<String> timeline(ApiClient client, String ticket) {
		return ticket(client, ticket).path("timeline").findValuesAsText("kind");
	}

	private ServiceLevelClock clockOf(String ticket) {
		return this.clocks.findById(ticket).orElseThrow();
	}

	/** When each open target's next alarm is due (its warning, then its breach), as its timer would. */
	private List<Instant> timerDueDates(String ticket) {
		return clockOf(ticket).nextAlarms().stream().map(TargetAlarm::at).sorted().toList();
	}

	private long ladders(String ticket) {
		return this.runtime.createProcessInstanceQuery().processDefinitionKey(EscalationLadder.PROCESS_KEY)
			.processInstanceBusinessKey(ticket).count();
	}

	/** The clock moves to the time and the due service-level alarms are raised. */
	private void timersRunUntil(String ticket, String time) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(time)));
		assertThat(this.alarms.raiseDue(ticket)).as("alarms raised for " + ticket).isPositive();
	}

}
