package io.connectdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driving the pages: one browser per language (its Accept-Language, as a fresh browser
 * sends it), a viewport of a laptop or a phone, and the checks every visited page must pass: nothing wider than the
 * screen, and no serious or critical accessibility violation found by axe-core run in the page.
 */
final class PageBrowser implements AutoCloseable {

	static final int LAPTOP = 1366;

	static final int PHONE = 390;

	private static final Path CHROMIUM = Paths.get(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Paths.get(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	/** Where the suite writes screenshots of the main pages, when set (docs/screenshots for the README). */
	private static final String SCREENSHOTS = System.getProperty("browser.screenshots", "");

	private static final String AXE = axeSource();

	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
			  .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
			      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
			  .catch(e => done(['axe failed: ' + e]));
			""";

	private final ChromeDriver driver;

	private final Path profile;

	private final String base;

	private final String language;

	private int width;

	private String firstTab;

	PageBrowser(String base, String language) {
		assertThat(CHROMIUM).as("Chromium (Debian: apt-get install chromium chromium-driver)").isExecutable();
		assertThat(CHROMEDRIVER).as("chromedriver (Debian: apt-get install chromium-driver)").isExecutable();
		this.base = base;
		this.language = language;
		try {
			this.profile = Files.createTempDirectory("browser-it-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=" + language, "--window-size=1366,900", "--user-data-dir=" + this.profile);
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
		viewport(LAPTOP);
	}

	/** The page's layout width in CSS pixels; a phone also honours the viewport meta tag. */
	PageBrowser viewport(int cssPixels) {
		this.width = cssPixels;
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", cssPixels, "height",
				cssPixels == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", cssPixels == PHONE));
		return this;
	}

	int width() {
		return this.width;
	}

	String language() {
		return this.language;
	}

	void signIn(String email, String password) {
		// Leave the page first: a live page's poll, sent after the cookies are gone, would start a session of its own
		// and change the cookie under the login form (its CSRF token then no longer matches).
		open("/login");
		this.driver.manage().deleteAllCookies();
		// the browser's language chosen on the page: else signing in takes the account's (English for the suite's people)
		open("/login?lang=" + this.language);
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		submit(this.driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")));
		assertThat(path()).as("signed in as %s", email).doesNotStartWith("/login");
	}

	/** Opens a page and checks it. */
	PageBrowser visit(String path) {
		open(path);
		return checkPage();
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	/** The checks every page passes: it fits the screen and axe finds nothing serious. */
	PageBrowser checkPage() {
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).as("language of %s", path())
			.isEqualTo(this.language);
		assertNoHorizontalOverflow();
		assertNoSeriousAccessibilityViolation();
		return this;
	}

	void assertNoHorizontalOverflow() {
		Number scrollWidth = (Number) script("return document.documentElement.scrollWidth");
		Number innerWidth = (Number) script("return window.innerWidth");
		assertThat(scrollWidth.intValue()).as("width of %s at %d px (%s)", path(), this.width, widest())
			.isLessThanOrEqualTo(innerWidth.intValue());
	}

	@SuppressWarnings("unchecked")
	void assertNoSeriousAccessibilityViolation() {
		if (!Boolean.TRUE.equals(script("return typeof axe !== 'undefined'"))) {
			script(AXE);
		}
		List<String> violations = (List<String>) this.driver.executeAsyncScript(RUN_AXE);
		assertThat(violations).as("axe on %s at %d px in %s", path(), this.width, this.language).isEmpty();
	}

	/** The element that sticks out furthest, to say why a page overflows. */
	private Object widest() {
		return script("""
				let worst = null, right = 0;
				for (const e of document.body.querySelectorAll('*')) {
				  const r = e.getBoundingClientRect().right;
				  if (r > right) { right = r; worst = e; }
				}
				return worst ? worst.tagName + '.' + worst.className + '#' + worst.id + ' ends at ' + right : 'nothing';
				""");
	}

	/** Clicks a button that sends its form and waits for the page the answer loads. */
	PageBrowser submit(WebElement button) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		button.click();
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).until(driver -> gone(page));
		new WebDriverWait(this.driver, Duration.ofSeconds(60))
			.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		return this;
	}

	/**
	 * Whether the element's document was replaced. Chromium sometimes answers a check made while the next page
	 * replaces the document with "Node with given id does not belong to the document" instead of a stale element:
	 * that says the same.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Waits up to 60 seconds for the page to show what the condition looks for, without loading another page. A live
	 * page may swap an element between the condition finding it and reading it: that read is stale, and tried again.
	 */
	void waitUntil(java.util.function.Predicate<WebDriver> condition, String what) {
		new WebDriverWait(this.driver, Duration.ofSeconds(60)).withMessage(what)
			.ignoring(StaleElementReferenceException.class)
			.until(condition::test);
	}

	/** Opens a page in a second tab, which becomes the current one; the first tab keeps its page. */
	PageBrowser visitInNewTab(String path) {
		this.firstTab = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(WindowType.TAB);
		viewport(this.width);
		return visit(path);
	}

	/** Closes the current tab and goes back to the first one. */
	void backToFirstTab() {
		this.driver.close();
		this.driver.switchTo().window(this.firstTab);
		viewport(this.width);
	}

	/**
	 * Finds the button and sends its form; finds it again when the page replaced it between the finding and the
	 * click (Chromium: "Node with given id does not belong to the document"), at most three times.
	 */
	PageBrowser submit(By button) {
		for (int attempt = 1;; attempt++) {
			try {
				return submit(this.driver.findElement(button));
			}
			catch (org.openqa.selenium.WebDriverException replaced) {
				if (attempt == 3 || replaced instanceof org.openqa.selenium.TimeoutException
						|| !(replaced instanceof org.openqa.selenium.StaleElementReferenceException
								|| String.valueOf(replaced.getMessage()).contains("does not belong to the document"))) {
					throw replaced;
				}
			}
		}
	}

	WebElement find(By by) {
		return this.driver.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	String url() {
		return this.driver.getCurrentUrl();
	}

	Object script(String script, Object... arguments) {
		return ((JavascriptExecutor) this.driver).executeScript(script, arguments);
	}

	/** A screenshot named after the page, width and language, when the suite was asked for them. */
	void screenshot(String name) {
		if (SCREENSHOTS.isBlank()) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Paths.get(SCREENSHOTS));
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, dir.resolve(name + "-" + this.width + "-" + this.language + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profile.toFile());
	}

	private static String axeSource() {
		try (InputStream in = PageBrowser.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(in).as("axe-core (scripts/update-axe.sh)").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
