package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient.FilePart;

/**
 * Files on the conversation (issue 15, item 1), with small limits so that passing them is cheap:
 * 64 KB a file, 160 KB a ticket, 256 KB a multipart request.
 */
@TestPropertySource(properties = { "connectdesk.attachments.max-file-size=64KB", "connectdesk.attachments.max-ticket-size=160KB",
		"spring.servlet.multipart.max-file-size=256KB", "spring.servlet.multipart.max-request-size=256KB" })
class AttachmentsTest extends ApiTestSupport {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	/** The start of a Windows executable: "MZ", then the DOS stub's bytes. */
	static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	@Autowired
	private JdbcClient jdbc;

	private ApiClient rita;

	private String ritaEmail;

	private ApiClient sre;

	private String ticket;

	@BeforeEach
	void aTicketInReview() {
		Long acme = newCustomer("Acme");
		this.ritaEmail = newPerson("Rita", acme, Role.REQUESTER);
		this.rita = basic(this.ritaEmail);
		this.sre = basic(newPerson("Sam", null, Role.SRE));
		this.ticket = fileTicket(this.rita, "Open the VPN to our office");
	}

	@Test
	void aReplyWithFilesPostsBothAndTheFilesDownloadAsAttachmentsNeverSniffed() {
		ApiClient.Response replied = this.rita.postMultipart(api("/replies"), Map.of("body", "The peer's sheet and a screenshot"),
				List.of(FilePart.of("peer.txt", text("peer 203.0.113.7\npsk: see vault\n")), FilePart.of("screen.png", PNG)));

		assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
		assertThat(replied.json().path("conversation").findValuesAsText("body")).contains("The peer's sheet and a screenshot");
		assertThat(replied.json().path("timeline").findValuesAsText("kind")).contains("REPLIED", "FILE_ADDED");
		JsonNode files = this.rita.get(api("/attachments")).json();
		assertThat(files.findValuesAsText("filename")).containsExactly("peer.txt", "screen.png");
		assertThat(files.findValuesAsText("contentType")).containsExactly("text/plain", "image/png");
		ApiClient.Response download = this.rita.get(api("/attachments/" + files.get(0).path("id").asLong()));
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.body()).isEqualTo("peer 203.0.113.7\npsk: see vault\n");
		assertThat(download.header("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment;").contains("peer.txt"));
		assertThat(download.header("X-Content-Type-Options")).contains("nosniff");
		assertThat(download.header("Content-Type")).hasValueSatisfying(value -> assertThat(value).startsWith("text/plain"));
	}

	@Test
	void aRenamedExecutableIsRefusedByItsContentAndTheReplyItCameWithIsNotPosted() {
		Snapshot before = snapshot(this.sre, this.ticket);

		ApiClient.Response refused = this.rita.postMultipart(api("/replies"), Map.of("body", "Here is the sheet"),
				List.of(FilePart.of("screen.png", PNG), new FilePart("files", "sheet.pdf", "application/pdf", EXECUTABLE)));

		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("attachment-type-refused");
		assertThat(refused.header("Content-Type")).hasValueSatisfying(value -> assertThat(value).contains("application/problem+json"));
		assertThat(snapshot(this.sre, this.ticket)).isEqualTo(before);
		assertThat(this.sre.get(api("/attachments")).json()).isEmpty();
	}

	@Test
	void aFileOverItsLimitOrATicketOverItsTotalIsRefusedAndNothingIsStored() {
		ApiClient.Response tooLarge = this.rita.postMultipart(api("/attachments"), Map.of(),
				List.of(FilePart.of("big.txt", textOf(65 * 1024))));
		assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(400);
		assertThat(tooLarge.code()).isEqualTo("attachment-too-large");

		succeeds(this.rita.postMultipart(api("/attachments"), Map.of(), List.of(FilePart.of("one.txt", textOf(60 * 1024)))));
		succeeds(this.rita.postMultipart(api("/attachments"), Map.of(), List.of(FilePart.of("two.txt", textOf(60 * 1024)))));
		ApiClient.Response full = this.rita.postMultipart(api("/attachments"), Map.of(),
				List.of(FilePart.of("three.txt", textOf(60 * 1024))));
		assertThat(full.status()).as(full.toString()).isEqualTo(400);
		assertThat(full.code()).isEqualTo("ticket-attachments-full");
		assertThat(this.rita.get(api("/attachments")).json().findValuesAsText("filename")).containsExactly("one.txt", "two.txt");
	}

	@Test
	void anInternalNotesFileIsInvisibleToTheCustomer() {
		ApiClient.Response noted = this.sre.postMultipart(api("/replies"), Map.of("body", "Their firewall export", "internal", "true"),
				List.of(FilePart.of("firewall.txt", text("permit any any"))));
		assertThat(noted.status()).as(noted.toString()).isEqualTo(200);
		JsonNode forStaff = this.sre.get(api("/attachments")).json();
		assertThat(forStaff.findValuesAsText("filename")).containsExactly("firewall.txt");
		long id = forStaff.get(0).path("id").asLong();

		assertThat(this.rita.get(api("/attachments")).json()).isEmpty();
		ApiClient.Response hidden = this.rita.get(api("/attachments/" + id));
		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.body()).doesNotContain("permit any any");
		assertThat(signIn(this.ritaEmail).get("/tickets/" + this.ticket + "/attachments/" + id).status()).isEqualTo(404);
		assertThat(ticket(this.rita, this.ticket).path("timeline").findValuesAsText("kind")).doesNotContain("FILE_ADDED_INTERNAL");
		assertThat(ticket(this.sre, this.ticket).path("timeline").findValuesAsText("kind")).contains("FILE_ADDED_INTERNAL");
		ApiClient.Response customersInternal = this.rita.postMultipart(api("/attachments"), Map.of("internal", "true"),
				List.of(FilePart.of("mine.txt", text("hello"))));
		assertThat(customersInternal.status()).isEqualTo(403);
	}

	@Test
	void thePageAddsSeveralFilesWithAReplyAndShowsThemAndARefusalBesideTheField() {
		ApiClient browser = signIn(this.ritaEmail);

		ApiClient.Response added = browser.postMultipart("/tickets/" + this.ticket + "/attachments", Map.of("body", "Two files"),
				List.of(FilePart.of("a.txt", text("first")), FilePart.of("b.png", PNG)));
		assertThat(added.status()).as(added.toString()).isEqualTo(302);
		String page = browser.get("/tickets/" + this.ticket).body();
		assertThat(page).contains("a.txt", "b.png", "Two files", "enctype=\"multipart/form-data\"", "/js/attachments.js");

		ApiClient.Response refused = browser.postMultipart("/tickets/" + this.ticket + "/attachments", Map.of("body", "Not this one"),
				List.of(FilePart.of("tool.pdf", EXECUTABLE)));
		assertThat(refused.status()).isEqualTo(302);
		String after = browser.get("/tickets/" + this.ticket).body();
		assertThat(after).contains("tool.pdf is not a type we take").doesNotContain("Not this one");
	}

	@Test
	void filingWithFilesAttachesThemAndARefusedFileFilesNothing() {
		String ticketJson = ApiClient.json(ticketRequest("With the peer's sheet"));
		FilePart ticketPart = new FilePart("ticket", "ticket.json", "application/json", text(ticketJson));
		int before = ticketsOf(this.rita);

		ApiClient.Response refused = this.rita.postMultipart("/api/v1/tickets", Map.of(),
				List.of(ticketPart, new FilePart("files", "sheet.pdf", "application/pdf", EXECUTABLE)));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("attachment-type-refused");
		assertThat(ticketsOf(this.rita)).isEqualTo(before);

		ApiClient.Response filed = this.rita.postMultipart("/api/v1/tickets", Map.of(),
				List.of(ticketPart, FilePart.of("sheet.txt", text("peer 203.0.113.7"))));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String id = filed.json().path("id").asText();
		assertThat(this.rita.get("/api/v1/tickets/" + id + "/attachments").json().findValuesAsText("filename")).containsExactly("sheet.txt");
		assertThat(ticketsOf(this.rita)).isEqualTo(before + 1);
	}

	@Test
	void anUploadOverTheMultipartLimitIsA413OnTheApiAndAMessageBesideTheFileFieldOnThePagesAndStoresNothing() {
		List<FilePart> tooMuch = List.of(FilePart.of("huge.txt", textOf(300 * 1024)));
		ApiClient browser = signIn(this.ritaEmail);
		int before = ticketsOf(this.rita);

		ApiClient.Response api = this.rita.postMultipart(api("/attachments"), Map.of(), tooMuch);
		ApiClient.Response page = browser.postMultipart("/tickets/" + this.ticket + "/attachments", Map.of("body", "Too much"), tooMuch);
		String ticketPage = browser.get("/tickets/" + this.ticket).body();
		ApiClient.Response form = browser.postMultipart("/tickets",
				Map.of("type", "INCIDENT", "title", "Form with too much", "description", "Down"), tooMuch);
		String formPage = browser.get("/tickets/new").body();

		assertThat(api.status()).as(api.toString()).isEqualTo(413);
		assertThat(api.code()).isEqualTo("payload-too-large");
		assertThat(api.header("Content-Type")).hasValueSatisfying(value -> assertThat(value).contains("application/problem+json"));
		assertThat(page.status()).as(page.toString()).isEqualTo(303);
		assertThat(page.header("Location")).hasValueSatisfying(value -> assertThat(value).endsWith("/tickets/" + this.ticket));
		assertThat(ticketPage).contains("These files together are larger than 256 KB").doesNotContain("Too much");
		assertThat(form.status()).as(form.toString()).isEqualTo(303);
		assertThat(formPage).contains("These files together are larger than 256 KB");
		assertThat(this.rita.get(api("/attachments")).json()).isEmpty();
		assertThat(ticketsOf(this.rita)).isEqualTo(before);
	}

	@Test
	void aDatabaseFailureWhileStoringTheFilesFilesNoTicketEither() {
		String ticketJson = ApiClient.json(ticketRequest("Files that cannot be stored"));
		FilePart ticketPart = new FilePart("ticket", "ticket.json", "application/json", text(ticketJson));
		int before = ticketsOf(this.rita);
		this.jdbc.sql("alter table attachment_content rename to attachment_content_away").update();
		ApiClient.Response failed;
		try {
			failed = this.rita.postMultipart("/api/v1/tickets", Map.of(), List.of(ticketPart, FilePart.of("sheet.txt", text("peer"))));
		}
		finally {
			this.jdbc.sql("alter table attachment_content_away rename to attachment_content").update();
		}

		assertThat(failed.status()).as(failed.toString()).isEqualTo(500);
		assertThat(ticketsOf(this.rita)).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from ticket where title = 'Files that cannot be stored'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void theNewTicketFormFilesWithFilesAndShowsARefusalBesideTheFileField() {
		ApiClient browser = signIn(this.ritaEmail);
		assertThat(browser.get("/tickets/new").body()).contains("enctype=\"multipart/form-data\"", "name=\"files\"");
		Map<String, String> form = Map.of("type", "INCIDENT", "title", "Form with a screenshot", "description", "Down");
		int before = ticketsOf(this.rita);

		ApiClient.Response refused = browser.postMultipart("/tickets", form, List.of(FilePart.of("screen.png", EXECUTABLE)));
		assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
		assertThat(refused.body()).contains("screen.png is not a type we take");
		assertThat(ticketsOf(this.rita)).isEqualTo(before);

		ApiClient.Response filed = browser.postMultipart("/tickets", form, List.of(FilePart.of("screen.png", PNG)));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(302);
		String location = filed.header("Location").orElseThrow().replace("http://localhost:" + this.port, "");
		assertThat(browser.get(location).body()).contains("screen.png", "Form with a screenshot");
	}

	private static int ticketsOf(ApiClient requester) {
		return requester.get("/api/v1/tickets?scope=MINE&size=100").json().path("totalElements").asInt();
	}

	private String api(String path) {
		return "/api/v1/tickets/" + this.ticket + path;
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] textOf(int bytes) {
		byte[] content = new byte[bytes];
		Arrays.fill(content, (byte) 'x');
		return content;
	}

}
