package io.connectdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/**
 * Every role's pages at 1366 and at 390 px, in English and in Spanish: each fits the screen and axe-core finds no
 * serious or critical violation on it. A fresh browser gets the pages in its own language.
 */
class EveryPageBrowserIT extends BrowserSuiteSupport {

	private static final List<String> CUSTOMER_PAGES = List.of("/tickets", "/tickets/new", "/tickets/new/service-activation",
			"/quota", "/billing/statement", "/inventory", "/approvals", "/sla", "/tokens", "/status", "/search?q=nothing-matches");

	private static final List<String> STAFF_PAGES = List.of("/tickets", "/queue", "/oncall", "/incidents");

	private static final List<String> ADMIN_PAGES = List.of("/admin/customers", "/admin/catalog", "/admin/invitations", "/admin/audit");

	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "en, 1366", "es, 390", "en, 390", "es, 1366" })
	void everyRolesPagesFitTheScreenAndPassAxe(String language, int width) {
		try (PageBrowser browser = browser(language)) {
			browser.viewport(width);
			browser.visit("/login");
			assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);

			browser.signIn(this.requester.email(), PASSWORD);
			String ticket = fileATicket(browser, "VPN_LINK");
			fileATicket(browser, "INCIDENT");
			visitAll(browser, CUSTOMER_PAGES);
			browser.visit("/tickets/" + ticket);
			browser.screenshot("ticket-requester");
			String incident = browser.visit("/status").find(By.cssSelector("a.incident-id")).getAttribute("href");
			browser.visit(java.net.URI.create(incident).getPath());
			browser.screenshot("incident-customer");

			signIn(browser, this.approver);
			browser.visit("/approvals");

			signIn(browser, this.sre);
			visitAll(browser, STAFF_PAGES);
			browser.visit("/tickets/" + ticket);
			browser.screenshot("ticket-sre");
			browser.visit(java.net.URI.create(incident).getPath());
			browser.screenshot("incident-sre");

			signIn(browser, this.admin);
			visitAll(browser, ADMIN_PAGES);
		}
	}

	private static void visitAll(PageBrowser browser, List<String> pages) {
		pages.forEach(page -> {
			browser.visit(page);
			browser.screenshot(page.substring(1).replaceAll("\\?.*", "").replace('/', '-'));
		});
	}

	/** Files a plain ticket of that type through the form and answers its key. */
	private static String fileATicket(PageBrowser browser, String type) {
		browser.visit("/tickets/new");
		new org.openqa.selenium.support.ui.Select(browser.find(By.id("type"))).selectByValue(type);
		browser.find(By.id("title")).sendKeys("A link to our data centre");
		browser.find(By.id("description")).sendKeys("From the office network");
		browser.submit(browser.find(By.cssSelector("button.primary[type=submit]")));
		assertThat(browser.path()).startsWith("/tickets/REQ-");
		return browser.path().substring("/tickets/".length());
	}

}
