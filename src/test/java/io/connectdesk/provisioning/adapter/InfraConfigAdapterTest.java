package io.connectdesk.provisioning.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/** {@code infra-config} and {@code manual}: one commit per change, secrets only by reference. */
class InfraConfigAdapterTest extends AdapterTestSupport {

	@Autowired
	InfraConfigAdapter adapter;

	@Autowired
	ManualAdapter manual;

	@Autowired
	GitCommits commits;

	@Autowired
	Secrets secrets;

	private Long customerId;

	private String customer;

	@BeforeEach
	void aCustomer() {
		this.customerId = newCustomer("Acme");
		this.customer = shortName("acme");
	}

	@Test
	void aVpnLinkIsOneCommitPerChangeAndItsPreSharedKeyNeverEntersTheHistory() throws Exception {
		ProvisioningRequest request = vpn(List.of("10.20.0.0/16"));
		String repository = this.customer + "/infrastructure";

		ProvisioningResult first = this.adapter.provision(request);
		assertThat(first.created()).isTrue();
		assertThat(first.outputs()).containsEntry("file", "environments/production/vpn-link.yaml").containsKey("preSharedKeyRef");
		assertThat(this.adapter.verify(request)).isTrue();
		ProvisioningResult again = this.adapter.provision(request);
		assertThat(again.created()).isFalse();
		assertThat(again.outputs()).isEqualTo(first.outputs());
		assertThat(history(repository)).hasSize(1).first().asString().startsWith("REQ-7: provision vpn-link in production");

		String yaml = this.commits.read(repository, "environments/production/vpn-link.yaml").orElseThrow();
		String secretId = first.outputs().get("preSharedKeyRef");
		assertThat(yaml).contains("peerAddress: 203.0.113.10", "- 10.20.0.0/16", "secretRef: " + secretId, "ticket: REQ-7");
		String preSharedKey = new String(this.secrets.reveal(secretId).orElseThrow(), StandardCharsets.UTF_8);
		assertThat(preSharedKey).hasSizeGreaterThanOrEqualTo(40);

		ProvisioningResult changed = this.adapter.change(vpn(List.of("10.20.0.0/16", "10.30.0.0/16")));
		this.adapter.change(vpn(List.of("10.20.0.0/16", "10.30.0.0/16")));
		assertThat(changed.outputs().get("preSharedKeyRef")).as("the same key after a change").isEqualTo(secretId);
		assertThat(history(repository)).hasSize(2).first().asString().startsWith("REQ-7: change vpn-link");

		this.adapter.deprovision(request);
		assertThat(this.adapter.verify(request)).isFalse();
		assertThat(history(repository)).hasSize(3).first().asString().startsWith("REQ-7: remove vpn-link");
		assertThat(this.commits.read(repository, "environments/production/vpn-link.yaml")).isEmpty();
		assertThat(everyVersionOfEveryFile(repository)).isNotEmpty().noneMatch(content -> content.contains(preSharedKey));
	}

	@Test
	void databaseAndSsoSecretsAreGeneratedEncryptedAndReferenced() throws Exception {
		ProvisioningRequest database = infra("database", "pre-production", Map.of("engine", "postgresql", "storageGb", 50));
		ProvisioningRequest sso = infra("oidc-sso", "production", Map.of("clientName", "shop", "redirectUris", List.of("https://shop.acme.example/callback")));

		String password = new String(this.secrets.reveal(this.adapter.provision(database).outputs().get("passwordRef")).orElseThrow(),
				StandardCharsets.UTF_8);
		String clientSecret = new String(this.secrets.reveal(this.adapter.provision(sso).outputs().get("clientSecretRef")).orElseThrow(),
				StandardCharsets.UTF_8);

		assertThat(password).isNotEqualTo(clientSecret);
		assertThat(everyVersionOfEveryFile(this.customer + "/infrastructure")).as("2 messages, 1 + 2 files").hasSize(5)
			.noneMatch(content -> content.contains(password) || content.contains(clientSecret));
		assertThat(history(this.customer + "/infrastructure")).hasSize(2);
	}

	@Test
	void invalidSettingsAreRefusedFieldByFieldAndCommitNothing() {
		ProvisioningRequest autoscaling = infra("container-service", "production", Map.of("serviceName", "shop", "baseCapacity", 5,
				"maxElasticity", 2, "expectedPeakRps", -1));
		ProvisioningRequest gateway = infra("api-gateway", "production", Map.of());

		assertThatThrownBy(() -> this.adapter.provision(autoscaling)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.fields()).extracting(FieldProblem::field).containsExactlyInAnyOrder("maxElasticity", "expectedPeakRps"));
		assertThatThrownBy(() -> this.adapter.provision(gateway)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.fields()).extracting(FieldProblem::field)
					.containsExactlyInAnyOrder("routePath", "upstreamService"));
		assertThat(this.adapter.verify(autoscaling)).isFalse();
		assertThat(this.repositories.exists(this.customer + "/infrastructure")).isFalse();

		ProvisioningResult valid = this.adapter.provision(infra("container-service", "production", Map.of("serviceName", "shop", "baseCapacity", 2,
				"maxElasticity", 6)));
		assertThat(valid.created()).isTrue();
		assertThat(this.commits.read(this.customer + "/infrastructure", "environments/production/container-service.yaml").orElseThrow())
			.contains("baseCapacity: 2", "maxElasticity: 6");
	}

	@Test
	void manualComponentsAskForAChecklistOnce() {
		ProvisioningRequest request = infra("blue-green-deployment", "production", Map.of());

		ProvisioningResult first = this.manual.provision(request);
		assertThat(first.created()).isTrue();
		assertThat(first.outputs()).containsEntry("checklist", "true");
		assertThat(this.manual.verify(request)).isTrue();
		assertThat(this.manual.provision(request).created()).isFalse();
		this.manual.deprovision(request);
		assertThat(this.manual.verify(request)).isFalse();
	}

	private ProvisioningRequest vpn(List<String> remoteSubnets) {
		return infra("vpn-link", "production", Map.of("peerAddress", "203.0.113.10", "localSubnets", List.of("10.20.0.0/16"), "remoteSubnets", remoteSubnets));
	}

	private ProvisioningRequest infra(String component, String environment, Map<String, Object> parameters) {
		return new ProvisioningRequest("REQ-7", this.customerId, this.customer, component, environment, parameters);
	}

	/** Every file's content in every commit on main. */
	private List<String> everyVersionOfEveryFile(String repositoryPath) throws IOException {
		List<String> contents = new ArrayList<>();
		try (Repository repository = this.repositories.open(repositoryPath).orElseThrow(); RevWalk walk = new RevWalk(repository)) {
			walk.markStart(walk.parseCommit(repository.resolve(GitCommits.BRANCH)));
			for (RevCommit commit : walk) {
				contents.add(commit.getFullMessage());
				try (TreeWalk files = new TreeWalk(repository)) {
					files.addTree(commit.getTree());
					files.setRecursive(true);
					while (files.next()) {
						contents.add(new String(repository.open(files.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return contents;
	}

}
