package io.connectdesk.provisioning;

import static io.connectdesk.ticket.TicketLifecycle.TASK_FULFIL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;

/**
 * The real adapters end to end, with no test adapter in the application: an activation of a TLS certificate
 * and a VPN link (infra-config) is accepted, its cost approved, and the in-process workers call the certificate
 * authority and commit the VPN link's YAML to the customer's infrastructure repository, with the parameters the
 * requester filed.
 */
class RealAdaptersJourneyTest extends RealAdaptersTestSupport {

	@Test
	void certificateIsIssuedAndAlertsAreCommittedWithTheFiledParameters() throws Exception {
		Long acme = newCustomer("Acme");
		ApiClient requester = basic(newPerson("Rita", acme, Role.REQUESTER));
		ApiClient approver = basic(newPerson("Ana", acme, Role.APPROVER, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		ApiClient.Response filed = requester.post("/api/v1/tickets",
				ProvisioningTestSupport.activation("Certificate and alerts", List.of("tls-certificate", "vpn-link"),
						List.of("production")));
		succeeds(filed);
		String ticket = filed.json().path("id").asText();
		claimAndComplete(sre, ticket, "ACCEPT", null);
		// The approval starts in a job after the acceptance (Task_ReadCostFacts is asynchronous).
		ProvisioningTestSupport.eventually(() -> ticket(requester, ticket).path("status").asText(),
				"WAITING_FOR_APPROVAL"::equals, "the approvers to be asked");
		ProvisioningTestSupport.approvedIfAsked(ticket, requester, approver);

		JsonNode items = ProvisioningTestSupport.eventually(() -> sre.get("/api/v1/tickets/" + ticket + "/provisioning").json(),
				found -> found.findValuesAsText("status").equals(List.of("DONE", "DONE")), "both items done");
		ProvisioningTestSupport.eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals,
				"the SRE's fulfilment task after both items");
		assertThat(items.findValuesAsText("adapterKind")).containsExactlyInAnyOrder("tls-certificate", "infra-config");

		// The certificate: issued by the internal CA for the DNS name filed, downloadable as PEM
		JsonNode certificate = item(items, "tls-certificate").path("outputs");
		ApiClient.Response pem = requester.get(certificate.path("chainUrl").asText());
		assertThat(pem.status()).as(pem.toString()).isEqualTo(200);
		assertThat(certificate.path("chainUrl").asText())
			.isEqualTo("/api/v1/tickets/" + ticket + "/certificates/tls-certificate/production.pem");
		X509Certificate leaf = firstCertificate(pem.body());
		assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
			.contains("orders.example.com");
		assertThat(leaf.getSerialNumber().toString(16)).isEqualToIgnoringCase(certificate.path("serial").asText());

		// The VPN link: a commit of the infrastructure repository naming the ticket, with the filed parameters
		JsonNode vpn = item(items, "vpn-link").path("outputs");
		assertThat(vpn.path("commit").asText()).matches("[0-9a-f]{40}");
		assertThat(vpn.path("file").asText()).isEqualTo("environments/production/vpn-link.yaml");
		assertThat(vpn.path("preSharedKeyRef").asText()).as("a generated secret, by reference").isNotBlank();
		String yaml = committed(vpn.path("repository").asText(), vpn.path("commit").asText(), vpn.path("file").asText());
		assertThat(yaml).contains(ticket, "203.0.113.10", "192.168.50.0/24");
	}

	/**
	 * Issue 6, part 5: a change ticket naming the certificate the customer has, with new DNS names, is not
	 * costed, its item is changed by the real certificate adapter (a new certificate for the new names), and
	 * the inventory shows the new certificate after the change is resolved, still activated by the activation.
	 */
	@Test
	void aChangeTicketReissuesTheCertificateForTheNewNames() throws Exception {
		Long acme = newCustomer("Acme");
		ApiClient requester = basic(newPerson("Rita", acme, Role.REQUESTER));
		ApiClient approver = basic(newPerson("Ana", acme, Role.APPROVER, Role.REQUESTER));
		ApiClient sre = basic(newPerson("Sam", null, Role.SRE));
		ApiClient.Response filed = requester.post("/api/v1/tickets",
				ProvisioningTestSupport.activation("Certificate", List.of("tls-certificate"), List.of("production")));
		succeeds(filed);
		String activation = filed.json().path("id").asText();
		claimAndComplete(sre, activation, "ACCEPT", null);
		ProvisioningTestSupport.approvedIfAsked(activation, requester, approver);
		JsonNode issued = item(doneItems(sre, activation), "tls-certificate").path("outputs");
		claimAndComplete(sre, activation, "RESOLVE", "Issued.");

		ApiClient.Response change = requester.post("/api/v1/tickets", Map.of("type", "SECURITY_CHANGE", "title",
				"Add the API's name", "description", "The API moves to its own name.", "items",
				List.of(ProvisioningTestSupport.catalogItem("tls-certificate", List.of("production"),
						Map.of("dnsNames", List.of("orders.example.com", "api.example.com")))),
				"urgent", false));
		succeeds(change);
		String changeId = change.json().path("id").asText();
		claimAndComplete(sre, changeId, "ACCEPT", null);
		assertThat(ticket(requester, changeId).path("status").asText()).as("no cost, no approval").isEqualTo("IN_PROGRESS");

		JsonNode changedItem = item(doneItems(sre, changeId), "tls-certificate");
		assertThat(changedItem.path("operation").asText()).isEqualTo("CHANGE");
		JsonNode reissued = changedItem.path("outputs");
		assertThat(reissued.path("serial").asText()).isNotEqualTo(issued.path("serial").asText());
		assertThat(reissued.path("chainUrl").asText())
			.isEqualTo("/api/v1/tickets/" + changeId + "/certificates/tls-certificate/production.pem");
		X509Certificate leaf = firstCertificate(requester.get(reissued.path("chainUrl").asText()).body());
		assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> String.valueOf(name.get(1))))
			.containsExactly("orders.example.com", "api.example.com");
		assertThat(leaf.getSerialNumber().toString(16)).isEqualToIgnoringCase(reissued.path("serial").asText());
		claimAndComplete(sre, changeId, "RESOLVE", "Re-issued.");

		ApiClient.Response inventory = requester.get("/api/v1/inventory");
		assertThat(inventory.status()).as(inventory.toString()).isEqualTo(200);
		JsonNode entries = inventory.json().path("items");
		assertThat(entries).as("a change adds or removes nothing").hasSize(1);
		JsonNode certificate = item(entries, "tls-certificate");
		assertThat(certificate.path("activatedBy").asText()).isEqualTo(activation);
		assertThat(certificate.path("results").path("ticketId").asText()).isEqualTo(changeId);
		assertThat(certificate.path("results").path("operation").asText()).isEqualTo("CHANGE");
		assertThat(certificate.path("results").path("outputs").path("serial").asText())
			.isEqualTo(reissued.path("serial").asText());
		assertThat(certificate.path("results").path("certificateUrl").asText()).isEqualTo(reissued.path("chainUrl").asText());
	}

	private JsonNode doneItems(ApiClient sre, String ticket) {
		JsonNode items = ProvisioningTestSupport.eventually(() -> sre.get("/api/v1/tickets/" + ticket + "/provisioning").json(),
				found -> !found.isEmpty() && found.findValuesAsText("status").stream().allMatch("DONE"::equals),
				"items of " + ticket + " done");
		ProvisioningTestSupport.eventually(() -> processWaitsIn(ticket), List.of(TASK_FULFIL)::equals,
				"the SRE's fulfilment task of " + ticket);
		return items;
	}

	private static JsonNode item(JsonNode items, String component) {
		for (JsonNode item : items) {
			if (item.path("componentKey").asText().equals(component)) {
				return item;
			}
		}
		throw new AssertionError("No item for " + component + " in " + items);
	}

	private static X509Certificate firstCertificate(String pem) throws CertificateException {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
	}

	/** The file as the commit holds it, read from the bare repository under the data directory. */
	private static String committed(String repositoryPath, String commitId, String file) throws IOException {
		Path gitDir = DATA_DIR.resolve("git").resolve(repositoryPath + ".git");
		try (Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
				RevWalk walk = new RevWalk(repository)) {
			RevCommit commit = walk.parseCommit(repository.resolve(commitId));
			assertThat(commit.getFullMessage()).contains("vpn-link");
			try (TreeWalk found = TreeWalk.forPath(repository, file, commit.getTree())) {
				assertThat(found).as(file + " in " + commitId).isNotNull();
				return new String(repository.open(found.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
			}
		}
	}

}
