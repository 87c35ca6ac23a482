package io.connectdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A ticket's whole life in the browser, each page checked for overflow and axe: an activation of a TLS certificate
 * filed with a bad then a good form and a cost preview, reviewed with a wrong then a right task form (the outcome is
 * kept after the error and nothing is accepted by mistake), answered by the requester and accepted; the approver
 * sees the badge and approves from the approvals page while the ticket page, open in another tab, shows the
 * diagram at the cost approval and then, without a reload, the certificate the provisioning issued; the SRE
 * resolves and the requester reopens. English at 1366 px and Spanish at 390 px walk every step.
 */
class TicketJourneyBrowserIT extends BrowserSuiteSupport {

	private static final String CERTIFICATE = "tls-certificate";

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "en, 1366", "es, 390" })
	void aTicketFromFilingThroughApprovalAndProvisioningToReopening(String language, int width) {
		try (PageBrowser browser = browser(language)) {
			browser.viewport(width);
			signIn(browser, this.requester);
			String ticket = fileWithABadThenAGoodForm(browser);
			browser.screenshot("ticket-filed");

			signIn(browser, this.sre);
			browser.visit("/tickets/" + ticket);
			claim(browser);
			askWithoutAQuestionThenWithOne(browser);
			assertStatus(browser, "WAITING_FOR_CUSTOMER");

			signIn(browser, this.requester);
			browser.visit("/tickets/" + ticket);
			browser.find(By.cssSelector("textarea[name=comment]")).sendKeys("The certificate is for orders.example.com");
			complete(browser, "ANSWER");
			assertStatus(browser, "IN_REVIEW");

			signIn(browser, this.sre);
			browser.visit("/tickets/" + ticket);
			claim(browser);
			complete(browser, "ACCEPT");
			// The cost approval starts in a job after the acceptance: the open page shows it without a reload.
			awaitStatus(browser, "WAITING_FOR_APPROVAL");

			signIn(browser, this.approver);
			approveWhileTheTicketPageWatches(browser, ticket);

			signIn(browser, this.sre);
			browser.visit("/tickets/" + ticket);
			claim(browser);
			browser.find(By.cssSelector("textarea[name=comment]")).sendKeys("The certificate is issued");
			complete(browser, "RESOLVE");
			assertStatus(browser, "RESOLVED");

			signIn(browser, this.requester);
			browser.visit("/tickets/" + ticket);
			browser.submit(browser.find(By.cssSelector("section.reopen button[type=submit]")));
			browser.checkPage();
			assertStatus(browser, "IN_PROGRESS");
			browser.screenshot("ticket-reopened");
		}
	}

	/**
	 * An activation without a title, environment or valid DNS name is refused with every problem at once, each
	 * beside its field; the corrected form previews its cost (the page lands on the preview), then files.
	 */
	private static String fileWithABadThenAGoodForm(PageBrowser browser) {
		browser.visit("/tickets/new");
		browser.screenshot("new-ticket");
		new Select(browser.find(By.id("type"))).selectByValue("COMPONENT_ACTIVATION");
		browser.find(By.id("item-" + CERTIFICATE)).click();
		WebElement dnsNames = browser.find(By.id("param-" + CERTIFICATE + "-dnsNames"));
		dnsNames.sendKeys("not a name!");
		browser.submit(browser.find(By.cssSelector("button.primary[type=submit]"))).checkPage();
		assertThat(browser.find(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find(By.id("param-" + CERTIFICATE + "-dnsNames")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findAll(By.cssSelector(".error-summary a[href='#title']"))).hasSize(1);
		assertThat(browser.findAll(By.id("envs-" + CERTIFICATE + "-problem"))).hasSize(1);
		browser.screenshot("new-ticket-errors");

		browser.find(By.id("title")).sendKeys("A certificate for the orders API");
		browser.find(By.id("description")).sendKeys("For the public endpoint");
		browser.find(By.cssSelector("input[name='items[" + CERTIFICATE + "].environments'][value=production]")).click();
		dnsNames = browser.find(By.id("param-" + CERTIFICATE + "-dnsNames"));
		dnsNames.clear();
		dnsNames.sendKeys("orders.example.com");
		browser.submit(browser.find(By.cssSelector("button[name=preview]"))).checkPage();
		assertThat(browser.url()).endsWith("#cost-preview");
		assertThat(browser.find(By.cssSelector("#cost-preview .preview-delta")).getText()).contains("+1");
		browser.screenshot("new-ticket-preview");

		browser.submit(browser.find(By.cssSelector("button.primary[type=submit]"))).checkPage();
		assertThat(browser.path()).startsWith("/tickets/REQ-");
		return browser.path().substring("/tickets/".length());
	}

	/** "Ask the requester" without a question is refused, the choice is kept, and the ticket is not accepted. */
	private static void askWithoutAQuestionThenWithOne(PageBrowser browser) {
		complete(browser, "ASK");
		assertStatus(browser, "IN_REVIEW");
		assertThat(browser.url()).contains("#task-");
		WebElement comment = browser.find(By.cssSelector("textarea[name=comment]"));
		assertThat(comment.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.find(By.cssSelector("button[name=outcome][value=ASK]")).getAttribute("class"))
			.contains("chosen");
		assertThat(browser.find(By.cssSelector("button[name=outcome][value=ACCEPT]")).getAttribute("class"))
			.doesNotContain("primary");
		assertThat(browser.find(By.cssSelector(".error-summary a")).getAttribute("href")).endsWith("-comment");
		browser.screenshot("task-form-error");
		comment.sendKeys("Which host names should the certificate name?");
		complete(browser, "ASK");
	}

	/**
	 * The approver opens the ticket (the diagram at the cost approval), then in a second tab sees the badge and
	 * approves from the approvals page; back on the first tab, which never reloaded, the provisioning's results
	 * arrive and the diagram moves on to the fulfilment.
	 */
	private static void approveWhileTheTicketPageWatches(PageBrowser browser, String ticket) {
		browser.visit("/tickets/" + ticket);
		awaitCurrentStep(browser, "Task_ApproveCost");
		browser.screenshot("ticket-awaiting-approval");
		browser.script("window.connectDeskStillHere = 'yes';");

		browser.visitInNewTab("/approvals");
		assertThat(browser.find(By.id("approvals-waiting")).getText()).contains("1");
		browser.screenshot("approvals");
		browser.submit(By.cssSelector("form[action$='/approvals/" + ticket + "/decisions'] button[value=APPROVE]")).checkPage();
		browser.backToFirstTab();

		browser.waitUntil(driver -> !driver.findElements(By.cssSelector("#live-sections dl.outputs")).isEmpty(),
				"the provisioning's results on the open ticket page");
		awaitStatus(browser, "IN_PROGRESS");
		assertThat(browser.script("return window.connectDeskStillHere;")).as("the same page, not a reload").isEqualTo("yes");
		assertThat(browser.findAll(By.cssSelector("#live-sections dl.outputs a[href$='.pem']"))).hasSize(1);
		awaitCurrentStep(browser, "Task_FulfilTicket");
		browser.checkPage();
		browser.screenshot("ticket-provisioned");
	}

	private static void claim(PageBrowser browser) {
		browser.submit(browser.find(By.cssSelector("form[action$='/claim'] button"))).checkPage();
	}

	private static void complete(PageBrowser browser, String outcome) {
		browser.submit(browser.find(By.cssSelector("button[name=outcome][value=" + outcome + "]"))).checkPage();
	}

	private static void assertStatus(PageBrowser browser, String status) {
		assertThat(browser.find(By.cssSelector("p.tags .status")).getAttribute("class")).contains("status-" + status);
	}

	/** Waits for the open page's live status to become that one, without reloading it. */
	private static void awaitStatus(PageBrowser browser, String status) {
		browser.waitUntil(driver -> driver.findElement(By.cssSelector("p.tags .status")).getAttribute("class")
			.contains("status-" + status), "the status " + status + " on the open page");
	}

	/** Waits for the ticket's diagram to highlight that step as the current one. */
	private static void awaitCurrentStep(PageBrowser browser, String element) {
		browser.waitUntil(driver -> !driver
			.findElements(By.cssSelector("#process-diagram .djs-element.step-current[data-element-id='" + element + "']"))
			.isEmpty(), "the diagram highlighting " + element);
	}

}
