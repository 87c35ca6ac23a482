package io.connectdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.connectdesk.ConnectDeskApplication;

/**
 * The local demo profile listens on the loopback interface only and says so; any other profile (and the local one
 * with the production database) refuses to start while demo users, a demo password or the dev mail server are
 * configured, before it connects to anything.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoProfileTest {

	@Test
	void localDemoListensOnLoopbackOnlyAndSaysSo(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(ConnectDeskApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--connectdesk.dev-mail.smtp-port=" + freePort(), "--connectdesk.dev-mail.imap-port=" + freePort(),
				"--connectdesk.provisioning.data-dir=" + Files.createTempDirectory("connectdesk-demo"),
				"--connectdesk.provisioning.workers.enabled=false", "--camunda.bpm.job-execution.enabled=false")) {
			assertThat(demo.getEnvironment().getActiveProfiles()).isEmpty();
			assertThat(demo.getEnvironment().getDefaultProfiles()).containsExactly("local");
			TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) demo).getWebServer();
			int port = server.getPort();
			Connector connector = server.getTomcat().getConnector();
			assertThat((InetAddress) connector.getProperty("address")).isEqualTo(InetAddress.getByName("127.0.0.1"));

			assertThat(connects(InetAddress.getByName("127.0.0.1"), port)).as("on the loopback interface").isTrue();
			for (InetAddress elsewhere : nonLoopbackAddresses()) {
				assertThat(connects(elsewhere, port)).as("on " + elsewhere).isFalse();
			}
			assertThat(output.getOut()).contains("Local demo profile: listening on 127.0.0.1:" + port + " only");
		}
	}

	@Test
	void postgresProfileRefusesDemoUsersAndPasswords() {
		assertThatThrownBy(() -> start("postgres", "--connectdesk.demo.enabled=true"))
			.hasMessageContaining("connectdesk.demo.enabled")
			.hasMessageContaining("local demo profile only")
			.hasMessageContaining("[postgres]");
		assertThatThrownBy(() -> start("postgres", "--connectdesk.demo.password=demo"))
			.hasMessageContaining("connectdesk.demo.password");
		assertThatThrownBy(() -> start("postgres", "--connectdesk.dev-mail.enabled=true"))
			.hasMessageContaining("connectdesk.dev-mail.enabled");
	}

	@Test
	void localProfileOnTheProductionDatabaseRefusesItsDemoSettings() {
		assertThatThrownBy(() -> start("local,postgres")).hasMessageContaining("connectdesk.demo.enabled")
			.hasMessageContaining("connectdesk.demo.password")
			.hasMessageContaining("connectdesk.dev-mail.enabled");
	}

	@Test
	void anyOtherProfileRefusesADemoPassword() {
		assertThatThrownBy(() -> start("oidc", "--connectdesk.demo.password=demo"))
			.hasMessageContaining("connectdesk.demo.password");
		assertThatThrownBy(() -> start("test", "--connectdesk.demo.enabled=true"))
			.hasMessageContaining("connectdesk.demo.enabled");
	}

	/** Fails in the environment's set-up, before the context (and its database) exists. */
	private static void start(String profiles, String... arguments) {
		List<String> all = new java.util.ArrayList<>(List.of("--spring.profiles.active=" + profiles, "--server.port=0",
				"--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never"));
		all.addAll(List.of(arguments));
		new SpringApplicationBuilder(ConnectDeskApplication.class).run(all.toArray(String[]::new)).close();
	}

	private static boolean connects(InetAddress address, int port) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(address, port), 2000);
			return true;
		}
		catch (ConnectException refused) {
			return false;
		}
	}

	private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
		return NetworkInterface.networkInterfaces()
			.filter(DemoProfileTest::isUp)
			.flatMap(NetworkInterface::inetAddresses)
			.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
			.toList();
	}

	private static boolean isUp(NetworkInterface network) {
		try {
			return network.isUp();
		}
		catch (SocketException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
