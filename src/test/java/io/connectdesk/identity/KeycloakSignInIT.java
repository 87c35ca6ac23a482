package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import io.connectdesk.common.Role;
import io.connectdesk.journey.HeadlessChromium;
import io.connectdesk.customer.Customers;

/**
 * The oidc profile against a real Keycloak: a person signs in to the pages through Keycloak's own
 * login form in headless Chromium, and a person whose e-mail domain is in no contract is refused.
 * Runs only in the {@code keycloak-it} Maven profile, which unpacks Keycloak and passes its
 * directory as {@code keycloak.home}; Keycloak itself needs a JDK 21+ (found at runtime).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({ "test", "oidc" })
class KeycloakSignInIT {

	private static final String CUSTOMER_DOMAIN = "acme-kc.example.test";

	private static final String CLIENT_SECRET = "connectdesk-it-secret";

	private static final Duration KEYCLOAK_START = Duration.ofMinutes(5);

	private static final int APP_PORT = freePort();

	private static Process keycloak;

	private static String issuer;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> APP_PORT);
		registry.add("CONNECTDESK_OIDC_ISSUER", KeycloakSignInIT::startKeycloak);
		registry.add("CONNECTDESK_OIDC_CLIENT_ID", () -> "connectdesk");
		registry.add("CONNECTDESK_OIDC_CLIENT_SECRET", () -> CLIENT_SECRET);
	}

	@AfterAll
	static void stopKeycloak() throws InterruptedException {
		if (keycloak != null) {
			keycloak.descendants().forEach(ProcessHandle::destroy);
			keycloak.destroy();
			if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
				keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
				keycloak.destroyForcibly();
			}
		}
	}

	@Autowired
	private Customers customers;

	@Autowired
	private Accounts accounts;

	private HeadlessChromium chromium;

	private WebDriver browser;

	@BeforeEach
	void browser() throws IOException {
		this.chromium = HeadlessChromium.start("keycloak-it", "1280,900");
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void closeBrowser() {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void aCustomersPersonSignsInThroughKeycloaksLoginForm() throws IOException {
		Long acme = this.customers.findOrCreate("Acme Keycloak").getId();
		this.customers.addDomain(acme, CUSTOMER_DOMAIN);

		signInThroughKeycloak("kira", "kira-it-password");

		waitUntilBackAtTheApp();
		assertThat(URI.create(this.browser.getCurrentUrl()).getPath()).isEqualTo("/tickets");
		assertThat(this.browser.getPageSource()).contains("Kira Keycloak");
		screenshot();
		assertThat(this.accounts.findByEmail("kira@" + CUSTOMER_DOMAIN)).hasValueSatisfying(caller -> {
			assertThat(caller.customerId()).isEqualTo(acme);
			assertThat(caller.roles()).containsExactly(Role.REQUESTER);
		});
	}

	@Test
	void aPersonWhoseDomainIsInNoContractEndsOnTheLoginPageWithAnError() {
		signInThroughKeycloak("eve", "eve-it-password");

		waitUntilBackAtTheApp();
		URI landed = URI.create(this.browser.getCurrentUrl());
		assertThat(landed.getPath()).isEqualTo("/login");
		assertThat(landed.getQuery()).contains("sso-error");
		assertThat(this.browser.getPageSource()).contains("Single sign-on refused");
		assertThat(this.accounts.findByEmail("eve@nowhere.example.test")).isEmpty();
	}

	private void signInThroughKeycloak(String username, String password) {
		this.browser.get("http://127.0.0.1:" + APP_PORT + "/login");
		this.browser.findElement(By.cssSelector("a[href$='/oauth2/authorization/connectdesk']")).click();
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
		assertThat(this.browser.getCurrentUrl()).startsWith(issuer + "/protocol/openid-connect/auth");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.id("kc-login")).click();
	}

	private void waitUntilBackAtTheApp() {
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until(driver -> {
				URI at = URI.create(driver.getCurrentUrl());
				return at.getPort() == APP_PORT && !at.getPath().startsWith("/login/oauth2/");
			});
	}

	private void screenshot() throws IOException {
		Path target = Paths.get(System.getProperty("keycloak.screenshot", "target/keycloak-signin.png"));
		Files.createDirectories(target.toAbsolutePath().getParent());
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(target, png);
	}

	/** Starts Keycloak on a free port with the test realm; returns the realm's issuer URI. */
	private static synchronized String startKeycloak() {
		if (issuer != null) {
			return issuer;
		}
		try {
			Path home = Paths.get(System.getProperty("keycloak.home", ""));
			if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
				throw new IllegalStateException("No Keycloak at keycloak.home='" + home
						+ "': run through the Maven profile, ./mvnw -B -Pkeycloak-it verify");
			}
			Path javaHome = jdk21OrNewer();
			int port = freePort();
			Path imports = home.resolve("data/import");
			FileSystemUtils.deleteRecursively(home.resolve("data"));
			Files.createDirectories(imports);
			String realm;
			try (InputStream in = KeycloakSignInIT.class.getResourceAsStream("/keycloak/connectdesk-realm.json")) {
				realm = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			Files.writeString(imports.resolve("connectdesk-realm.json"), realm
				.replace("@APP_PORT@", Integer.toString(APP_PORT))
				.replace("@CUSTOMER_DOMAIN@", CUSTOMER_DOMAIN));
			Path log = home.resolve("keycloak-it.log");
			ProcessBuilder builder = new ProcessBuilder("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
					"--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + freePort(),
					"--db=dev-mem", "--import-realm")
				.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().put("JAVA_HOME", javaHome.toString());
			builder.environment().remove("JAVA_OPTS");
			keycloak = builder.start();
			String realmUri = "http://127.0.0.1:" + port + "/realms/connectdesk";
			awaitDiscovery(realmUri, log);
			issuer = realmUri;
			return issuer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void awaitDiscovery(String realmUri, Path log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUri + "/.well-known/openid-configuration"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(KEYCLOAK_START);
		while (Instant.now().isBefore(deadline)) {
			if (!keycloak.isAlive()) {
				throw new IllegalStateException("Keycloak exited with " + keycloak.exitValue() + "; see " + log);
			}
			try {
				if (http.send(discovery, BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Keycloak did not serve " + realmUri + " within " + KEYCLOAK_START + "; see " + log);
	}

	/** Keycloak 26 needs Java 21+: keycloak.java.home, else this JVM, else the newest under /usr/lib/jvm. */
	private static Path jdk21OrNewer() throws IOException {
		List<Path> candidates = new ArrayList<>();
		Optional.ofNullable(System.getProperty("keycloak.java.home")).map(Paths::get).ifPresent(candidates::add);
		Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).map(Paths::get).ifPresent(candidates::add);
		candidates.add(Paths.get(System.getProperty("java.home")));
		Path jvms = Paths.get("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> all = Files.list(jvms)) {
				all.sorted(Comparator.comparing(KeycloakSignInIT::featureVersion).reversed()).forEach(candidates::add);
			}
		}
		return candidates.stream()
			.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && featureVersion(jdk) >= 21)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Keycloak needs a JDK 21 or newer: none found in " + candidates
					+ "; install one or pass -Dkeycloak.java.home=/path/to/jdk"));
	}

	private static int featureVersion(Path jdk) {
		Path release = jdk.resolve("release");
		if (!Files.isRegularFile(release)) {
			return 0;
		}
		try (InputStream in = Files.newInputStream(release)) {
			Properties properties = new Properties();
			properties.load(in);
			String version = properties.getProperty("JAVA_VERSION", "\"0\"").replace("\"", "");
			String feature = version.split("[.+-]")[0];
			return Integer.parseInt(feature.equals("1") ? version.split("\\.")[1] : feature);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
