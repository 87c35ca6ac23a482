package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;

/**
 * Issue 16, one clock: the same instant on each page in the viewer's zone, labelled with it. Customer users read
 * their contract's zone, staff their own setting (UTC until they choose one). The on-call pages are in
 * {@code OnCallPagesTest}.
 */
class OneClockPagesTest extends ApiTestSupport {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ENGLISH);

	@Test
	void theQuotaEndsAtTheSameTimeOnTheFormAndItsPageAndStaffReadItInTheirZone() {
		Long acme = newCustomerWithUrgentSlots("Acme", 2, "Europe/Madrid");
		String rita = newPerson("Rita", acme, Role.REQUESTER);
		Instant end = Instant.parse(basic(rita).get("/api/v1/quota").json().path("periodEnd").asText());
		ApiClient requester = signIn(rita);

		assertThat(requester.get("/quota").body()).contains(shown(end, "Europe/Madrid"));
		assertThat(requester.get("/tickets/new").body()).contains(shown(end, "Europe/Madrid"));

		ApiClient admin = staffIn(newPerson("Ada", null, Role.ADMIN), "America/New_York");
		assertThat(admin.get("/admin/customers/" + acme + "/quota").body()).contains(shown(end, "America/New_York"))
			.doesNotContain(shown(end, "Europe/Madrid"));
	}

	@Test
	void theAuditLogShowsWhenInTheAdminsZone() {
		String ada = newPerson("Ada", null, Role.ADMIN);
		ApiClient admin = staffIn(ada, "Asia/Tokyo");
		newCustomer("Audited");
		JsonNode newest = basic(ada).get("/api/v1/admin/audit?size=1").json().path("content").get(0);
		Instant recorded = Instant.parse(newest.path("recordedAt").asText());

		assertThat(admin.get("/admin/audit").body()).contains(shown(recorded, "Asia/Tokyo"));
	}

	@Test
	void aCustomersTokensExpireAtTheSameTimeForTheCustomerAndTheAdminInTheirZones() {
		Long acme = newCustomerWithUrgentSlots("Acme", 1, "Europe/Madrid");
		String rita = newPerson("Rita", acme, Role.REQUESTER);
		ApiClient.Response issued = basic(rita).post("/api/v1/tokens",
				Map.of("name", "ci", "scopes", List.of("tickets:read"), "expiresInDays", 30));
		succeeds(issued);
		Instant expires = Instant.parse(issued.json().path("details").path("expiresAt").asText());

		ApiClient admin = staffIn(newPerson("Ada", null, Role.ADMIN), "America/New_York");
		assertThat(admin.get("/admin/customers/" + acme + "/tokens").body()).contains(shown(expires, "America/New_York"));
	}

	@Test
	void theSlaReportSaysWhichZoneItsTimesAreIn() {
		Long acme = newCustomerWithUrgentSlots("Acme", 1, "Europe/Madrid");
		assertThat(signIn(newPerson("Rita", acme, Role.REQUESTER)).get("/sla").body()).contains("Europe/Madrid");
		ApiClient admin = staffIn(newPerson("Ada", null, Role.ADMIN, Role.SRE), "Asia/Tokyo");
		assertThat(admin.get("/admin/customers/" + acme + "/sla").body()).contains("Asia/Tokyo");
	}

	/** A staff member signed in, who chose the zone on their profile. */
	private ApiClient staffIn(String email, String zone) {
		ApiClient staff = signIn(email);
		assertThat(staff.postForm("/profile/time-zone", Map.of("timeZone", zone)).status()).isEqualTo(302);
		return staff;
	}

	private static String shown(Instant at, String zone) {
		return SHOWN.withZone(ZoneId.of(zone)).format(at);
	}

}
