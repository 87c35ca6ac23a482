package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * Issue 16: the ticket page's timeline in the reader's language, with numbers formatted for it (never mixed on one
 * page), plural forms, tasks by their translated names and people by their names, never their addresses; the API
 * gives the same detail in the caller's language with its sentence's key.
 */
class TimelineLanguagePagesTests extends ApprovalTestSupport {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final String STAFF_ADDRESSES = "@connectdesk.example.test";

	@BeforeEach
	void setUp() {
		aCustomerWithTwoApprovers();
	}

	@Test
	void aSpanishReaderGetsTheTimelineInSpanishWithSpanishNumbersAndPlurals() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a database", "30.5", "330");
		String large = acceptedTicketChangingCost(this.requester, "Add a cluster", "60.25", "390.25");
		succeeds(decide(this.ana, ticket, "APPROVE", "Fine"));
		ApiClient rosa = signIn(newPerson("Rosa", this.customer, SPANISH, Role.REQUESTER));

		String page = rosa.get("/tickets/" + ticket).body();
		assertThat(page).contains("lang=\"es\"", "+30,50 MRU/mes (total 330,00)",
				"1 aprobación necesaria (regla: aumento STANDARD de hasta 50 MRU), +30,50 MRU/mes", "Ana: Fine",
				"Revisar el ticket", "Sam")
			.doesNotContain("30.50", "330.00", "MRU/month", "Review the ticket", STAFF_ADDRESSES);
		assertThat(rosa.get("/tickets/" + large).body()).contains("2 aprobaciones necesarias (regla: aumento grande), +60,25 MRU/mes")
			.doesNotContain("60.25");
	}

	@Test
	void anEnglishReaderGetsTheSameLinesInEnglish() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a database", "30.5", "330");
		String large = acceptedTicketChangingCost(this.requester, "Add a cluster", "60.25", "390.25");

		String page = signIn(this.requesterEmail).get("/tickets/" + ticket).body();
		assertThat(page).contains("lang=\"en\"", "+30.50 MRU/month (total 330.00)",
				"1 approval needed (rule: STANDARD increase up to 50 MRU), +30.50 MRU/month", "Review the ticket")
			.doesNotContain("30,50", "MRU/mes", STAFF_ADDRESSES);
		assertThat(signIn(this.requesterEmail).get("/tickets/" + large).body())
			.contains("2 approvals needed (rule: large increase), +60.25 MRU/month");
	}

	@Test
	void staffSeeWhoClaimedATaskByNameInTheirLanguage() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a database", "30.5", "330");
		succeeds(decide(this.ana, ticket, "APPROVE", null));
		succeeds(this.sre.post("/api/v1/tasks/" + openTask(this.sre, ticket) + "/claim", null));

		String page = signIn(newPerson("Sol", null, SPANISH, Role.SRE)).get("/tickets/" + ticket).body();

		assertThat(page).contains("Asignada a Sam", "Tarea tomada", "Atender el ticket")
			.doesNotContain("Asignada a sam-", STAFF_ADDRESSES);
	}

	@Test
	void theApiGivesTheDetailInTheCallersLanguageWithItsKeyAndArguments() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a database", "30.5", "330");

		JsonNode english = costed(this.requester.get("/api/v1/tickets/" + ticket));
		JsonNode spanish = costed(this.requester.get("/api/v1/tickets/" + ticket, Map.of("Accept-Language", "es")));

		assertThat(english.path("detail").asText()).isEqualTo("+30.50 MRU/month (total 330.00)");
		assertThat(spanish.path("detail").asText()).isEqualTo("+30,50 MRU/mes (total 330,00)");
		assertThat(spanish.path("detailKey").asText()).isEqualTo("timeline.detail.COST_CHANGE_TOTAL");
		assertThat(spanish.path("arguments").findValuesAsText("type")).containsExactly("MRU_CHANGE", "MRU");
		assertThat(spanish.path("arguments").findValuesAsText("value")).containsExactly("30.50", "330.00");
	}

	private static JsonNode costed(ApiClient.Response response) {
		for (JsonNode entry : response.json().path("timeline")) {
			if ("COSTED".equals(entry.path("kind").asText())) {
				return entry;
			}
		}
		throw new AssertionError("no COSTED line");
	}

}
