package io.connectdesk.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.connectdesk.journey.ApiClient;

/** The approver's inbox page and the confirmation page of the signed link in their mail, in a signed-in browser. */
class ApprovalPagesTests extends ApprovalTestSupport {

	private static final Pattern LINK = Pattern.compile("(/approvals/link\\?token=[A-Za-z0-9_.\\-]+)");

	@BeforeEach
	void setUp() {
		aCustomerWithTwoApprovers();
	}

	@Test
	void inboxShowsTheCostChangeAndTheApproverDecidesWithAComment() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a database", "30", "330");
		ApiClient browser = signIn(this.anaEmail);

		ApiClient.Response inbox = browser.get("/approvals");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.body()).contains(ticket, "Add a database", "+30.00 MRU/month", "330.00 MRU/month", "Approve", "Reject");

		ApiClient.Response withoutReason = browser.postForm("/approvals/" + ticket + "/decisions", Map.of("verdict", "REJECT", "comment", ""));
		assertThat(withoutReason.status()).isEqualTo(302);
		assertThat(browser.get("/approvals").body()).contains("field-problem");
		assertThat(status(this.requester, ticket)).isEqualTo("WAITING_FOR_APPROVAL");

		ApiClient.Response approved = browser.postForm("/approvals/" + ticket + "/decisions", Map.of("verdict", "APPROVE", "comment", "Fine"));
		assertThat(approved.status()).isEqualTo(302);
		assertThat(browser.get("/approvals").body()).contains("You approved the cost of " + ticket).doesNotContain("Add a database");
		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");
		assertThat(signIn(this.requesterEmail).get("/tickets/" + ticket).body()).contains("+30.00 MRU/month", "Cost approved");
	}

	@Test
	void theCardShowsTheCostInUsdTheItemsTheRequesterByNameAndTheDescription() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a cluster", "30", "330");

		String inbox = signIn(this.anaEmail).get("/approvals").body();

		assertThat(inbox).contains(ticket, "+750.00 USD/month", "Container service · Production",
				"<dd class=\"requester\">Rita</dd>", "Please change it in production.")
			.doesNotContain("<dd class=\"requester\">" + this.requesterEmail);
	}

	@Test
	void theHeaderBadgeCountsWhatWaitsForTheApproverAndGoesAwayOnceDecided() {
		assertThat(signIn(this.anaEmail).get("/tickets").body()).doesNotContain("id=\"approvals-waiting\"");
		String ticket = acceptedTicketChangingCost(this.requester, "Add a queue", "30", "330");
		acceptedTicketChangingCost(this.requester, "Add a cache", "10", "340");
		ApiClient ana = signIn(this.anaEmail);

		assertThat(ana.get("/tickets").body()).contains("id=\"approvals-waiting\"", "2 waiting for your decision");
		assertThat(signIn(this.requesterEmail).get("/tickets").body()).as("a requester gets no badge")
			.doesNotContain("id=\"approvals-waiting\"");

		ana.postForm("/approvals/" + ticket + "/decisions", Map.of("verdict", "APPROVE", "comment", "Fine"));

		assertThat(ana.get("/tickets").body()).contains("1 waiting for your decision");
		assertThat(signIn(this.benEmail).get("/tickets").body()).as("one approval was enough for the first")
			.contains("1 waiting for your decision");
	}

	@Test
	void theMailLinkOpensAConfirmationPageWhosePostDecidesOnce() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add an API gateway", "-15", "285");
		String link = linkSentTo(ticket, this.benEmail);
		ApiClient ben = signIn(this.benEmail);

		ApiClient.Response page = ben.get(link);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(ticket, "Add an API gateway", "-15.00 MRU/month", "name=\"token\"", "Approve");
		assertThat(status(this.requester, ticket)).as("opening the link changes nothing").isEqualTo("WAITING_FOR_APPROVAL");

		String token = link.substring(link.indexOf('=') + 1);
		ApiClient.Response decided = ben.postForm("/approvals/link", Map.of("token", token, "verdict", "APPROVE", "comment", "OK"));
		assertThat(decided.status()).isEqualTo(302);
		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");

		ApiClient.Response used = ben.get(link);
		assertThat(used.status()).isEqualTo(200);
		assertThat(used.body()).contains("This link has been used").doesNotContain("name=\"token\"");
		ApiClient.Response again = ben.postForm("/approvals/link", Map.of("token", token, "verdict", "REJECT", "comment", "No"));
		assertThat(again.body()).contains("This link has been used");
		assertThat(status(this.requester, ticket)).isEqualTo("IN_PROGRESS");
	}

	@Test
	void aTamperedOrForeignLinkShowsWhyItDoesNotWork() {
		String ticket = acceptedTicketChangingCost(this.requester, "Add a repository", "30", "330");
		String link = linkSentTo(ticket, this.benEmail);

		ApiClient.Response tampered = signIn(this.benEmail).get(link.substring(0, link.length() - 2) + "xx");
		assertThat(tampered.status()).isEqualTo(404);
		assertThat(tampered.body()).contains("This link does not work").doesNotContain("Add a repository");

		ApiClient ana = signIn(this.anaEmail);
		ApiClient.Response foreign = ana.get(link);
		assertThat(foreign.status()).as("Ben's link, opened by Ana").isEqualTo(404);
		String token = link.substring(link.indexOf('=') + 1);
		assertThat(ana.postForm("/approvals/link", Map.of("token", token, "verdict", "APPROVE")).status()).isEqualTo(404);
		assertThat(status(this.requester, ticket)).isEqualTo("WAITING_FOR_APPROVAL");
		assertThat(ApiClient.anonymous(this.port).get(link).status()).as("signed in only").isEqualTo(302);
	}

	@Test
	void approverNamesASubstituteOnTheSubstitutesPage() {
		ApiClient ana = signIn(this.anaEmail);
		ApiClient.Response bad = ana.postForm("/approvals/substitutes", Map.of("substitute", "nobody@nowhere.example", "from", "soon", "until", ""));
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("field-problem", "Enter a date");

		String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		ApiClient.Response named = ana.postForm("/approvals/substitutes", Map.of("substitute", this.requesterEmail, "from", today, "until", today));
		assertThat(named.status()).isEqualTo(302);
		assertThat(ana.get("/approvals/substitutes").body()).contains("Rita", "Active today");
	}

	private String linkSentTo(String ticket, String approver) {
		Map<String, Object> notice = notices(ticket, "APPROVAL_REQUESTED").stream()
			.filter(row -> approver.equalsIgnoreCase((String) row.get("RECIPIENT")))
			.findFirst()
			.orElseThrow();
		Matcher link = LINK.matcher((String) notice.get("BODY"));
		assertThat(link.find()).as((String) notice.get("BODY")).isTrue();
		return link.group(1);
	}

}
