package io.connectdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InventoryResultsTest {

	@Test
	void secretsInClearAreLeftOutButReferencesToThemStay() {
		InventoryResults results = new InventoryResults("REQ-1", Operation.PROVISION, "infra-config",
				Map.of("adminPassword", "hunter2", "clientSecret", "s3cr3t", "privateKey", "-----BEGIN", "preSharedKeyRef",
						"sec-1", "file", "environments/production/vpn-link.yaml"),
				null, Instant.EPOCH);

		assertThat(results.outputs()).containsOnlyKeys("preSharedKeyRef", "file");
		assertThat(results.shown()).extracting(InventoryResults.Output::name).containsExactly("file", "preSharedKeyRef");
	}

	@Test
	void urlsAndThisApplicationsPathsAreLinksButFilePathsAndTextAreNot() {
		assertThat(InventoryResults.isLink("https://desk.example.com/git/acme/orders-api.git")).isTrue();
		assertThat(InventoryResults.isLink("/api/v1/tickets/REQ-1/certificates/tls-certificate/production.pem")).isTrue();
		assertThat(InventoryResults.isLink("environments/production/vpn-link.yaml")).isFalse();
		assertThat(InventoryResults.isLink("/var/lib/connectdesk/ca.pem")).isFalse();
		assertThat(InventoryResults.isLink("javascript:alert(1)")).isFalse();
		assertThat(InventoryResults.isLink("each developer gets their own: GET /api/v1/git/token")).isFalse();
	}

}
