package io.connectdesk.oncall;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * The on-call schedule through the real HTTP API: admins generate rotations and override shifts, staff
 * ask who is on call now and next. Shifts are global, so each test plans its own year.
 */
class OnCallScheduleApiTest extends ApiTestSupport {

	private static final String ROTATION = "/api/v1/admin/oncall/rotation";

	private ApiClient admin;

	private ApiClient sre;

	private String ana;

	private String ben;

	private String carol;

	@BeforeEach
	void staff() {
		this.admin = basic(newPerson("Ada", null, Role.ADMIN));
		this.ana = newPerson("Ana", null, Role.SRE);
		this.ben = newPerson("Ben", null, Role.SRE);
		this.carol = newPerson("Carol", null, Role.SRE, Role.EXPERT);
		this.sre = basic(this.ana);
	}

	@Test
	void aRotationCoversEveryHourInOrderAndNowAndNextFollowTheHandovers() {
		at("2031-02-03T06:00:00Z"); // Monday 07:00 in Madrid, an hour before the first handover

		JsonNode result = generate("2031-02-03", 2, this.ana, this.ben, this.carol);

		assertThat(result.path("created").asInt()).isEqualTo(2 * 14);
		assertThat(result.path("kept").asInt()).isZero();
		assertThat(result.path("from").asText()).isEqualTo("2031-02-03T07:00:00Z");
		assertThat(result.path("to").asText()).isEqualTo("2031-02-17T07:00:00Z");
		assertThat(result.path("gaps")).isEmpty();
		ApiClient.Response nobody = this.sre.get("/api/v1/oncall/now");
		assertThat(nobody.status()).isEqualTo(404);
		assertThat(nobody.code()).isEqualTo("no-shift");
		assertShift(this.sre.get("/api/v1/oncall/next"), "2031-02-03T07:00:00Z", this.ana, this.ben);

		at("2031-02-03T07:00:00Z");
		assertShift(this.sre.get("/api/v1/oncall/now"), "2031-02-03T07:00:00Z", this.ana, this.ben);
		assertShift(this.sre.get("/api/v1/oncall/next"), "2031-02-03T19:00:00Z", this.ana, this.ben);

		at("2031-02-10T06:59:59Z"); // the last minute of week 1
		assertShift(this.sre.get("/api/v1/oncall/now"), "2031-02-09T19:00:00Z", this.ana, this.ben);
		assertShift(this.sre.get("/api/v1/oncall/next"), "2031-02-10T07:00:00Z", this.ben, this.carol);

		JsonNode days = this.admin.get("/api/v1/admin/oncall/shifts?from=2031-02-03&to=2031-02-16").json();
		assertThat(days.path("shifts")).hasSize(28);
		assertThat(days.path("gaps")).as("midnight to the first handover is uncovered").hasSize(1);
		assertThat(days.path("gaps").get(0).path("from").asText()).isEqualTo("2031-02-02T23:00:00Z");
		assertThat(days.path("gaps").get(0).path("hours").asInt()).isEqualTo(8);
	}

	@Test
	void nowAndNextAcrossTheNightMadridsClocksGoForward() {
		at("2032-03-27T12:00:00Z"); // Saturday; on Sunday 28 at 02:00 Madrid moves to 03:00
		generate("2032-03-27", 1, this.ana, this.ben);

		at("2032-03-28T01:30:00Z"); // 03:30 CEST, just after the change
		ApiClient.Response night = this.sre.get("/api/v1/oncall/now");
		assertShift(night, "2032-03-27T19:00:00Z", this.ana, this.ben); // from 20:00 CET
		assertThat(night.json().path("endsAt").asText()).as("until 08:00 CEST: 11 hours").isEqualTo("2032-03-28T06:00:00Z");
		assertShift(this.sre.get("/api/v1/oncall/next"), "2032-03-28T06:00:00Z", this.ana, this.ben);

		at("2032-03-28T06:00:00Z");
		ApiClient.Response day = this.sre.get("/api/v1/oncall/now");
		assertShift(day, "2032-03-28T06:00:00Z", this.ana, this.ben);
		assertThat(day.json().path("endsAt").asText()).as("20:00 CEST").isEqualTo("2032-03-28T18:00:00Z");
	}

	@Test
	void regeneratingKeepsBegunAndOverriddenShiftsAndReplacesTheRest() {
		at("2033-05-02T12:00:00Z"); // Monday 14:00 in Madrid: the first shift has begun
		generate("2033-05-02", 2, this.ana, this.ben);
		JsonNode shifts = shifts("2033-05-02", "2033-05-15");
		long third = shifts.get(2).path("id").asLong();
		JsonNode swapped = this.admin.post("/api/v1/admin/oncall/shifts/" + third + "/swap", null).json();
		assertThat(swapped.path("primary").path("email").asText()).isEqualTo(this.ben);
		assertThat(swapped.path("overridden").asBoolean()).isTrue();

		ApiClient.Response holiday = this.admin.post("/api/v1/admin/oncall/replacements",
				Map.of("engineer", this.ben, "replacement", this.carol, "from", "2033-05-09", "to", "2033-05-10"));
		assertThat(holiday.status()).as(holiday.toString()).isEqualTo(200);
		assertThat(holiday.json().path("changed").asInt()).as("the night into the 9th and both days' four shifts").isEqualTo(5);

		JsonNode again = generate("2033-05-02", 2, this.carol, this.ana);

		assertThat(again.path("kept").asInt()).as("begun, swapped, replaced").isEqualTo(7);
		assertThat(again.path("created").asInt()).isEqualTo(28 - 7);
		assertThat(again.path("gaps")).isEmpty();
		JsonNode after = shifts("2033-05-02", "2033-05-15");
		assertThat(after).hasSize(28);
		assertThat(after.get(0).path("primary").path("email").asText()).as("begun: kept").isEqualTo(this.ana);
		assertThat(after.get(1).path("primary").path("email").asText()).as("future: regenerated").isEqualTo(this.carol);
		assertThat(after.get(2).path("primary").path("email").asText()).as("swapped: kept").isEqualTo(this.ben);
		assertThat(after.get(16).path("primary").path("email").asText()).as("holiday: kept").isEqualTo(this.carol);
		assertThat(after.get(16).path("secondary").path("email").asText()).isEqualTo(this.ana);
	}

	@Test
	void badRotationsAreRefusedNamingEveryBadFieldAndChangeNothing() {
		at("2034-01-02T12:00:00Z");
		String requester = newPerson("Rita", newCustomer("Acme"), Role.REQUESTER);

		ApiClient.Response empty = this.admin.post(ROTATION, Map.of("weeks", 0, "engineers", List.of("not-an-email")));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").findValuesAsText("field")).contains("startDate", "weeks", "engineers[0]");

		ApiClient.Response customer = this.admin.post(ROTATION,
				Map.of("startDate", "2034-01-02", "weeks", 1, "engineers", List.of(requester, this.ana)));
		assertThat(customer.status()).isEqualTo(400);
		assertThat(customer.json().path("errors").findValuesAsText("field")).containsExactly("engineers");

		ApiClient.Response twice = this.admin.post(ROTATION,
				Map.of("startDate", "2034-01-02", "weeks", 1, "engineers", List.of(this.ana, this.ana)));
		assertThat(twice.status()).isEqualTo(400);
		assertThat(shifts("2034-01-01", "2034-01-31")).isEmpty();
	}

	@Test
	void customersAndSresAreKeptOutOfWhatIsNotTheirs() {
		ApiClient requester = basic(newPerson("Rita", newCustomer("Acme"), Role.REQUESTER));

		assertThat(requester.get("/api/v1/oncall/now").code()).isEqualTo("staff-only");
		assertThat(requester.get("/api/v1/oncall/next").status()).isEqualTo(403);
		assertThat(requester.get("/api/v1/escalations").status()).isEqualTo(403);
		assertThat(requester.post(ROTATION, Map.of()).status()).isEqualTo(403);
		assertThat(this.sre.post(ROTATION, Map.of("startDate", "2035-01-01", "weeks", 1, "engineers", List.of(this.ana, this.ben)))
			.status()).isEqualTo(403);
		assertThat(this.admin.post("/api/v1/admin/oncall/shifts/999999999/swap", null).code()).isEqualTo("shift-not-found");
	}

	private JsonNode generate(String startDate, int weeks, String... engineers) {
		ApiClient.Response generated = this.admin.post(ROTATION,
				Map.of("startDate", startDate, "weeks", weeks, "engineers", List.of(engineers)));
		assertThat(generated.status()).as(generated.toString()).isEqualTo(201);
		return generated.json();
	}

	private JsonNode shifts(String from, String to) {
		ApiClient.Response found = this.admin.get("/api/v1/admin/oncall/shifts?from=" + from + "&to=" + to);
		assertThat(found.status()).as(found.toString()).isEqualTo(200);
		return found.json().path("shifts");
	}

	private static void at(String instant) {
		ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
	}

	private static void assertShift(ApiClient.Response response, String startsAt, String primary, String secondary) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().path("startsAt").asText()).isEqualTo(startsAt);
		assertThat(response.json().path("primary").path("email").asText()).isEqualTo(primary);
		assertThat(response.json().path("secondary").path("email").asText()).isEqualTo(secondary);
	}

}
