package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.TestPropertySource;

import io.connectdesk.common.Role;

/**
 * Issue 16 in a real browser (Debian's chromium and chromedriver, profile {@code browser-it}): the ticket's own
 * diagram renders with bpmn-js under the pages' Content-Security-Policy and highlights the current step, and a
 * public reply arrives on the open ticket page without a reload.
 */
@TestPropertySource(properties = "connectdesk.live.poll-interval=PT1S")
class LivePagesBrowserIT extends ApiTestSupport {

	private HeadlessChromium chromium;

	private WebDriver browser;

	@BeforeEach
	void browser() throws IOException {
		this.chromium = HeadlessChromium.start("live-it", "1366,900");
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void closeBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void theDiagramHighlightsTheReviewAndAReplyArrivesWithoutAReload() {
		Long acme = newCustomer("Acme");
		String rita = newPerson("Rita", acme, Role.REQUESTER);
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		String ticket = fileTicket(basic(rita), "Watch me live");
		signInAs(rita);

		this.browser.get(url("/tickets/" + ticket));
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(30));
		wait.until(driver -> "true".equals(driver.findElement(By.id("process-diagram")).getDomAttribute("data-drawn")));

		assertThat(this.browser.findElements(By.cssSelector(".djs-element.step-current[data-element-id='Task_ReviewTicket']")))
			.as("the review is highlighted as the current step").hasSize(1);
		assertThat(this.browser.findElements(By.cssSelector(".djs-element.step-done[data-element-id='Event_TicketSubmitted']")))
			.hasSize(1);
		assertThat(this.browser.findElement(By.cssSelector("#process-diagram .diagram-now")).getText())
			.contains("Our team reviews it");
		assertThat(this.browser.getPageSource()).doesNotContain("Review ticket");

		js("window.connectDeskStillHere = 'yes';");
		succeeds(sre.post("/api/v1/tickets/" + ticket + "/replies", Map.of("body", "LiveReply42", "internal", false)));

		wait.until(driver -> driver.findElement(By.id("live-conversation")).getText().contains("LiveReply42"));
		assertThat(js("return window.connectDeskStillHere;")).as("the same page, not a reload").isEqualTo("yes");
		assertThat(cspViolations()).as("nothing the policy refused").isEmpty();
	}

	private void signInAs(String email) {
		this.browser.get(url("/login"));
		this.browser.findElement(By.name("username")).sendKeys(email);
		this.browser.findElement(By.name("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl().contains("/login"));
	}

	private List<String> cspViolations() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
			.toList();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
