package io.connectdesk.provisioning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/** {@code git-repository} and {@code pipeline}, cloned with the real {@code git} command over HTTP. */
class GitRepositoryAdapterTest extends AdapterTestSupport {

	@Autowired
	GitRepositoryAdapter repositoryAdapter;

	@Autowired
	PipelineAdapter pipelineAdapter;

	@TempDir
	Path work;

	private Long customerId;

	private String customer;

	private String developer;

	private String stranger;

	@BeforeEach
	void aCustomerWithADeveloperAndAStranger() {
		this.customerId = newCustomer("Acme");
		this.customer = shortName("acme");
		this.developer = newPerson("Dev", this.customerId, Role.REQUESTER);
		this.stranger = newPerson("Stan", newCustomer("Globex"), Role.REQUESTER);
	}

	@Test
	void provisionsOneRepositoryThatOnlyItsDevelopersCanClone() throws Exception {
		ProvisioningRequest request = repository("REQ-1", "shop-api", List.of(this.developer));

		ProvisioningResult first = this.repositoryAdapter.provision(request);
		assertThat(first.created()).isTrue();
		assertThat(first.outputs()).containsEntry("repository", this.customer + "/shop-api")
			.containsEntry("cloneUrl", "http://localhost:8080/git/" + this.customer + "/shop-api.git")
			.doesNotContainKey("tokenValue");
		assertThat(this.repositoryAdapter.verify(request)).isTrue();

		ProvisioningResult again = this.repositoryAdapter.provision(request);
		assertThat(again.created()).isFalse();
		assertThat(again.outputs()).isEqualTo(first.outputs());
		assertThat(repositoryFolders()).containsExactly("shop-api.git");

		String developerToken = token(this.developer);
		assertThat(gitClone(this.developer, developerToken, "shop-api", "by-developer")).as("developer's clone").isZero();
		assertThat(this.work.resolve("by-developer/.git")).isDirectory();
		Path clone = this.work.resolve("by-developer");
		Files.writeString(clone.resolve("README.md"), "# Shop API\n");
		assertThat(git(clone, "add.log", "add", "README.md")).isZero();
		assertThat(git(clone, "commit.log", "commit", "--quiet", "-m", "First commit")).isZero();
		assertThat(git(clone, "push.log", "push", "--quiet", "origin", "HEAD:main")).as("developer's push").isZero();
		assertThat(history(this.customer + "/shop-api")).containsExactly("First commit\n");

		assertThat(gitClone(this.stranger, token(this.stranger), "shop-api", "by-stranger")).as("stranger's clone").isNotZero();
		assertThat(Files.readString(this.work.resolve("by-stranger.log"))).as("told it does not exist").containsIgnoringCase("not found");
		assertThat(gitClone(this.developer, "not-the-token", "shop-api", "wrong-token")).as("wrong token").isNotZero();
		assertThat(Files.readString(this.work.resolve("wrong-token.log"))).containsIgnoringCase("authentication failed");
		assertThat(ApiClient.anonymous(this.port).get("/git/" + this.customer + "/shop-api.git/info/refs?service=git-upload-pack").status())
			.isEqualTo(401);
		assertThat(ApiClient.basic(this.port, this.developer, PASSWORD)
			.get("/git/" + this.customer + "/shop-api.git/info/refs?service=git-upload-pack").status())
			.as("the account password is not a Git token").isEqualTo(401);

		this.repositoryAdapter.deprovision(request);
		assertThat(this.repositoryAdapter.verify(request)).isFalse();
		assertThat(repositoryFolders()).isEmpty();
		assertThat(gitClone(this.developer, developerToken, "shop-api", "after-removal")).isNotZero();
		this.repositoryAdapter.deprovision(request); // already gone: not an error
	}

	@Test
	void aNewTokenReplacesTheOldOne() throws Exception {
		this.repositoryAdapter.provision(repository("REQ-2", "widgets", List.of(this.developer)));
		String old = token(this.developer);
		String current = token(this.developer);

		assertThat(current).isNotEqualTo(old);
		assertThat(gitClone(this.developer, old, "widgets", "old")).isNotZero();
		assertThat(gitClone(this.developer, current, "widgets", "current")).isZero();
	}

	@Test
	void commitsAPipelineOnceAndItsChangeAndRemovalEachInOneCommit() throws Exception {
		ProvisioningRequest request = new ProvisioningRequest("REQ-3", this.customerId, this.customer, "pipeline", "production",
				Map.of("repositoryName", "checkout-widget", "name", "checkout", "type", "widget"));

		ProvisioningResult first = this.pipelineAdapter.provision(request);
		assertThat(first.created()).isTrue();
		assertThat(first.outputs()).containsEntry("file", ".pipeline/checkout.yaml");
		assertThat(this.pipelineAdapter.verify(request)).isTrue();
		assertThat(this.pipelineAdapter.provision(request).created()).isFalse();
		assertThat(history(this.customer + "/checkout-widget")).hasSize(1).first().asString().startsWith("REQ-3: add the widget pipeline checkout");

		this.repositoryAdapter.provision(repository("REQ-3", "checkout-widget", List.of(this.developer)));
		assertThat(gitClone(this.developer, token(this.developer), "checkout-widget", "clone")).isZero();
		assertThat(Files.readString(this.work.resolve("clone/.pipeline/checkout.yaml"))).contains("type: widget", "name: build",
				"name: test", "name: deploy");

		ProvisioningRequest changed = new ProvisioningRequest("REQ-3", this.customerId, this.customer, "pipeline", "production",
				Map.of("repositoryName", "checkout-widget", "name", "checkout", "type", "microservice"));
		this.pipelineAdapter.change(changed);
		this.pipelineAdapter.change(changed);
		assertThat(history(this.customer + "/checkout-widget")).hasSize(2);

		this.pipelineAdapter.deprovision(changed);
		assertThat(this.pipelineAdapter.verify(changed)).isFalse();
		assertThat(history(this.customer + "/checkout-widget")).hasSize(3).first().asString().startsWith("REQ-3: remove");
	}

	private ProvisioningRequest repository(String ticket, String name, List<String> developers) {
		return new ProvisioningRequest(ticket, this.customerId, this.customer, "source-repository", "production",
				Map.of("repositoryName", name, "developers", developers));
	}

	private String token(String email) {
		ApiClient.Response issued = basic(email).get("/api/v1/git/token");
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		assertThat(issued.json().path("tokenId").asText()).startsWith("tok-");
		return issued.json().path("token").asText();
	}

	private List<String> repositoryFolders() throws IOException {
		Path dir = this.settings.gitDir().resolve(this.customer);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> folders = Files.list(dir)) {
			return folders.map(folder -> folder.getFileName().toString()).toList();
		}
	}

	/** {@code git clone} with the credentials in the URL. */
	private int gitClone(String email, String token, String repository, String into) throws Exception {
		String url = "http://" + URLEncoder.encode(email, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(token, StandardCharsets.UTF_8)
				+ "@localhost:" + this.port + "/git/" + this.customer + "/" + repository + ".git";
		return git(this.work, into + ".log", "clone", "--quiet", url, into);
	}

	/** A {@code git} command in the folder, its output to the log file; no prompts, no credential helpers. */
	private int git(Path in, String log, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("git", "-c", "credential.helper=", "-c", "user.name=Dev",
				"-c", "user.email=dev@example.test"));
		command.addAll(List.of(arguments));
		ProcessBuilder git = new ProcessBuilder(command)
			.directory(in.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve(log).toFile());
		git.environment().put("GIT_TERMINAL_PROMPT", "0");
		git.environment().put("GIT_ASKPASS", "true");
		git.environment().put("GIT_CONFIG_NOSYSTEM", "1");
		git.environment().put("HOME", this.work.toString());
		Process process = git.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("git clone finished").isTrue();
		return process.exitValue();
	}

}
