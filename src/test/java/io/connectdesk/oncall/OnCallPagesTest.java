package io.connectdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/** The on-call pages in a browser session: the staff's board, the admin's schedule, the ticket's escalate form. */
class OnCallPagesTest extends ApiTestSupport {

	private String adminEmail;

	private String ana;

	private String ben;

	@BeforeEach
	void staff() {
		this.adminEmail = newPerson("Ada", null, Role.ADMIN, Role.SRE);
		this.ana = newPerson("Ana", null, Role.SRE);
		this.ben = newPerson("Ben", null, Role.SRE);
	}

	@Test
	void staffSeeWhoIsOnCallNowAndNextAndCustomersAreTurnedAway() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2041-01-07T10:00:00Z")));
		succeeds(basic(this.adminEmail).post("/api/v1/admin/oncall/rotation",
				Map.of("startDate", "2041-01-07", "weeks", 1, "engineers", List.of(this.ana, this.ben))));

		ApiClient.Response board = signIn(this.ana).get("/oncall");

		assertThat(board.status()).as(board.toString()).isEqualTo(200);
		// Handovers at 08:00 and 20:00 in the operations zone (Europe/Madrid), shown in Ana's zone: UTC until she chooses
		assertThat(board.body()).contains("On call now", "Next shift", "Ana &lt;" + this.ana + "&gt;", "Ben &lt;" + this.ben + "&gt;",
				"2041-01-07 07:00 UTC", "2041-01-07 19:00 UTC", "Europe/Madrid");
		ApiClient ana = signIn(this.ana);
		assertThat(ana.postForm("/profile/time-zone", Map.of("timeZone", "Europe/Madrid")).status()).isEqualTo(302);
		assertThat(ana.get("/oncall").body()).contains("2041-01-07 08:00 CET", "2041-01-07 20:00 CET")
			.doesNotContain("2041-01-07 07:00 UTC");
		assertThat(board.body()).as("the week after the rotation ends is flagged").contains("Nobody is on call in these hours");
		ApiClient.Response refused = signIn(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER)).get("/oncall");
		assertThat(refused.status()).isEqualTo(403);
	}

	@Test
	void theAdminGeneratesARotationOnThePageWithProblemsBesideTheFields() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2042-02-03T10:00:00Z")));
		ApiClient admin = signIn(this.adminEmail);
		assertThat(admin.get("/admin/oncall").body()).contains("Generate a weekly rotation", "Nobody is on call in these hours");

		ApiClient.Response invalid = admin.postForm("/admin/oncall/rotation",
				Map.of("startDate", "someday", "weeks", "0", "engineers", this.ana + "\nnobody@nowhere.example"));
		assertThat(invalid.status()).isEqualTo(200);
		assertThat(invalid.body()).contains("Give the first day (yyyy-mm-dd).", "Give 1 to 26 weeks.");
		ApiClient.Response notSres = admin.postForm("/admin/oncall/rotation",
				Map.of("startDate", "2042-02-03", "weeks", "1", "engineers", this.ana + "\nnobody@nowhere.example"));
		assertThat(notSres.body()).contains("Name at least two different SREs of the service, by e-mail.");

		ApiClient.Response generated = admin.postForm("/admin/oncall/rotation",
				Map.of("startDate", "2042-02-03", "weeks", "4", "engineers", this.ana + "\n" + this.ben));
		assertThat(generated.status()).isEqualTo(302);
		String page = admin.get("/admin/oncall").body();
		assertThat(page).contains("Rotation generated: 56 shifts made, 0 kept, 0 uncovered stretches.", "Swap primary and secondary");
		assertThat(page).as("only today's first hours, before the first handover, are open").contains("2042-02-02 23:00 UTC to 2042-02-03 07:00 UTC (8 h)");
	}

	@Test
	void srEsEscalateFromTheTicketPageAndRequestersDoNotSeeTheForm() {
		ClockUtil.setCurrentTime(Date.from(Instant.parse("2043-03-02T10:00:00Z")));
		String requester = newPerson("Rita", newCustomer("Acme"), Role.REQUESTER);
		String ticket = fileTicket(basic(requester), "Certificate expired");
		ApiClient sre = signIn(this.ana);
		assertThat(sre.get("/tickets/" + ticket).body()).contains("Escalate to the experts");
		assertThat(signIn(requester).get("/tickets/" + ticket).body()).doesNotContain("Escalate to the experts");

		ApiClient.Response blank = sre.postForm("/tickets/" + ticket + "/escalations", Map.of("note", ""));
		assertThat(blank.status()).isEqualTo(302);
		assertThat(sre.get("/tickets/" + ticket).body()).contains("Write a note of up to 2,000 characters.");

		assertThat(sre.postForm("/tickets/" + ticket + "/escalations", Map.of("note", "Needs the PKI team")).status()).isEqualTo(302);
		String after = sre.get("/tickets/" + ticket).body();
		assertThat(after).contains("The experts have the ticket in their queue", "Escalated to the experts", "Needs the PKI team");
	}

}
