package io.connectdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A ticket's life in the browser, each page checked for overflow and axe: filed with a bad then a good form and a
 * cost preview, reviewed with a wrong then a right task form (the outcome is kept after the error and nothing is
 * accepted by mistake), answered by the requester, accepted, resolved and reopened.
 */
class TicketJourneyBrowserIT extends BrowserSuiteSupport {

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "en, 1366", "es, 390" })
	void aTicketFromFilingToReopening(String language, int width) {
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
			browser.find(By.cssSelector("textarea[name=comment]")).sendKeys("The office network is 10.1.0.0/16");
			complete(browser, "ANSWER");
			assertStatus(browser, "IN_REVIEW");

			signIn(browser, this.sre);
			browser.visit("/tickets/" + ticket);
			claim(browser);
			complete(browser, "ACCEPT");
			assertStatus(browser, "IN_PROGRESS");
			claim(browser);
			browser.find(By.cssSelector("textarea[name=comment]")).sendKeys("The link is up");
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

	private static String fileWithABadThenAGoodForm(PageBrowser browser) {
		browser.visit("/tickets/new");
		browser.screenshot("new-ticket");
		new Select(browser.find(By.id("type"))).selectByValue("VPN_LINK");
		browser.submit(browser.find(By.cssSelector("button.primary[type=submit]"))).checkPage();
		assertThat(browser.find(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findAll(By.cssSelector(".error-summary a[href='#title']"))).hasSize(1);
		browser.screenshot("new-ticket-errors");

		browser.find(By.id("title")).sendKeys("A link to our data centre");
		browser.find(By.id("description")).sendKeys("From the office network");
		browser.submit(browser.find(By.cssSelector("button[name=preview]"))).checkPage();
		assertThat(browser.url()).endsWith("#cost-preview");
		assertThat(browser.findAll(By.id("cost-preview"))).hasSize(1);

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
		comment.sendKeys("Which network should the link reach?");
		complete(browser, "ASK");
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

}
