package io.connectdesk.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's chromium, headless, driven by its chromedriver, in a profile of its own that closing deletes. The
 * browser's console is kept ({@code driver().manage().logs().get(LogType.BROWSER)}), where CSP refusals show.
 * Binaries: {@code -Dchromium.binary}, {@code -Dchromedriver.binary} (default /usr/bin/chromium, /usr/bin/chromedriver).
 */
public final class HeadlessChromium implements AutoCloseable {

	private static final Path CHROMIUM = Paths.get(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Paths.get(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	private final Path profileDir;

	private final WebDriver driver;

	private HeadlessChromium(Path profileDir, WebDriver driver) {
		this.profileDir = profileDir;
		this.driver = driver;
	}

	/** @param windowSize such as {@code 1280,900} */
	public static HeadlessChromium start(String name, String windowSize) throws IOException {
		assertThat(CHROMIUM).as("Chromium (Debian: apt-get install chromium chromium-driver)").isExecutable();
		assertThat(CHROMEDRIVER).as("chromedriver (Debian: apt-get install chromium-driver)").isExecutable();
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profileDir = Files.createTempDirectory(name + "-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=en-US", "--window-size=" + windowSize, "--user-data-dir=" + profileDir);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return new HeadlessChromium(profileDir, driver);
	}

	public WebDriver driver() {
		return this.driver;
	}

	@Override
	public void close() {
		this.driver.quit();
		FileSystemUtils.deleteRecursively(this.profileDir.toFile());
	}

}
