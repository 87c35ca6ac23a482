package io.connectdesk.provisioning.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.common.Role;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/** {@code tls-certificate}: a chain the JDK trusts with our CA as anchor, its download, and its renewal ticket. */
class CertificateAdapterTest extends AdapterTestSupport {

	@Autowired
	CertificateAdapter adapter;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	IssuedCertificates certificates;

	@Autowired
	CertificateRenewals renewals;

	private Long customerId;

	private String requester;

	private String ticket;

	@BeforeEach
	void aTicketThatAsksForACertificate() {
		this.customerId = newCustomer("Acme");
		this.requester = newPerson("Rita", this.customerId, Role.REQUESTER);
		this.ticket = fileTicket(basic(this.requester), "TLS for the shop");
	}

	@Test
	void issuesOneCertificateWhoseChainTheJdkValidatesForTheRequestedNames() throws Exception {
		ProvisioningRequest request = certificate("tls-certificate", List.of("shop.acme.example", "api.acme.example"));

		ProvisioningResult first = this.adapter.provision(request);
		assertThat(first.created()).isTrue();
		assertThat(first.outputs()).containsKeys("serial", "fingerprintSha256", "notAfter", "chainUrl", "privateKeyRef");
		assertThat(this.adapter.verify(request)).isTrue();
		ProvisioningResult again = this.adapter.provision(request);
		assertThat(again.created()).isFalse();
		assertThat(again.outputs()).isEqualTo(first.outputs());

		ApiClient.Response download = basic(this.requester).get(first.outputs().get("chainUrl"));
		assertThat(download.status()).as(download.toString()).isEqualTo(200);
		assertThat(download.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/x-pem-file"));
		assertThat(download.body()).doesNotContain("PRIVATE KEY");
		List<X509Certificate> chain = parse(download.body());
		assertThat(chain).hasSize(2);
		X509Certificate leaf = chain.get(0);
		assertThat(leaf.getSerialNumber().toString(16)).isEqualTo(first.outputs().get("serial"));
		assertThat(CertificateAdapter.fingerprint(leaf)).isEqualTo(first.outputs().get("fingerprintSha256"));
		assertThat(leaf.getNotAfter().toInstant().toString()).isEqualTo(first.outputs().get("notAfter"));
		assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList())
			.containsExactly("shop.acme.example", "api.acme.example");
		assertThat(leaf.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");

		PKIXParameters trust = new PKIXParameters(Set.of(new TrustAnchor(this.authority.certificate(), null)));
		trust.setRevocationEnabled(false);
		CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf));
		CertPathValidator.getInstance("PKIX").validate(path, trust); // throws if the chain does not lead to our CA
		assertThat(chain.get(1)).isEqualTo(this.authority.certificate());

		this.adapter.deprovision(request);
		assertThat(this.adapter.verify(request)).isFalse();
		assertThat(basic(this.requester).get(first.outputs().get("chainUrl")).status()).isEqualTo(404);
	}

	@Test
	void aChangeReissuesForNewNamesOnceAndARepeatedChangeReturnsTheSameCertificate() {
		ProvisioningRequest change = certificate("tls-certificate", List.of("shop.acme.example", "api.acme.example"));

		ProvisioningResult changed = this.adapter.change(change);
		assertThat(changed.created()).isTrue();
		ProvisioningResult repeated = this.adapter.change(change);
		assertThat(repeated.created()).as("same key, same parameters: nothing new").isFalse();
		assertThat(repeated.outputs()).isEqualTo(changed.outputs());

		ProvisioningResult renamed = this.adapter.change(certificate("tls-certificate", List.of("shop.acme.example")));
		assertThat(renamed.created()).as("same key, other names: re-issued").isTrue();
		assertThat(renamed.outputs().get("serial")).isNotEqualTo(changed.outputs().get("serial"));
		assertThat(this.certificates.find(change.key()).orElseThrow().serial()).isEqualTo(renamed.outputs().get("serial"));
	}

	@Test
	void anotherCustomersUserCannotDownloadTheChain() {
		ProvisioningResult issued = this.adapter.provision(certificate("tls-certificate", List.of("www.acme.example")));
		ApiClient stranger = basic(newPerson("Gus", newCustomer("Globex"), Role.REQUESTER));

		ApiClient.Response refused = stranger.get(issued.outputs().get("chainUrl"));
		ApiClient.Response unknown = stranger.get(CertificateApi.chainPath("REQ-999999999", "tls-certificate", "production"));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.code()).isEqualTo(unknown.code()).isEqualTo("ticket-not-found");
		assertThat(refused.body()).doesNotContain("BEGIN CERTIFICATE");
		assertThat(basic(newPerson("Sam", null, Role.SRE)).get(issued.outputs().get("chainUrl")).status()).as("staff").isEqualTo(200);
	}

	@Test
	void filesOneRenewalTicketThirtyDaysBeforeExpiry() {
		ProvisioningRequest request = certificate("tls-certificate",
				Map.of("dnsNames", List.of("short.acme.example"), "validityDays", 45));
		Instant notAfter = Instant.parse(this.adapter.provision(request).outputs().get("notAfter"));
		ProvisioningRequest orphan = new ProvisioningRequest("REQ-999999998", this.customerId, "acme", "tls-certificate", "production",
				Map.of("dnsNames", List.of("orphan.acme.example"), "validityDays", 1));
		this.adapter.provision(orphan); // expires first, and its ticket does not exist: it must not hold up the others

		this.renewals.fileRenewals();
		assertThat(renewalOf(request)).as("45 days before expiry").isNull();

		ClockUtil.setCurrentTime(Date.from(notAfter.minus(Duration.ofDays(29))));
		this.renewals.fileRenewals();
		String renewal = renewalOf(request);
		assertThat(renewal).as("29 days before expiry").isNotNull();
		this.renewals.fileRenewals();
		assertThat(renewalOf(request)).as("filed once").isEqualTo(renewal);
		assertThat(renewalOf(orphan)).isNull();
		this.adapter.deprovision(orphan);

		ClockUtil.reset();
		JsonNode filed = ticket(basic(this.requester), renewal);
		assertThat(filed.path("title").asText()).startsWith("Renew the TLS certificate tls-certificate (production)");
		assertThat(filed.path("status").asText()).isEqualTo("IN_REVIEW");
		assertThat(filed.path("requesterEmail").asText()).isEqualTo(this.requester);
		assertThat(filed.path("timeline").get(0).path("kind").asText()).isEqualTo("FILED");
		assertThat(filed.path("timeline").get(0).path("actor").isNull()).as("filed by the system, not by a person").isTrue();
	}

	private String renewalOf(ProvisioningRequest request) {
		return this.certificates.find(request.key()).orElseThrow().renewalTicketId();
	}

	private ProvisioningRequest certificate(String component, List<String> dnsNames) {
		return certificate(component, Map.of("dnsNames", dnsNames));
	}

	private ProvisioningRequest certificate(String component, Map<String, Object> parameters) {
		return new ProvisioningRequest(this.ticket, this.customerId, shortName("acme"), component, "production", parameters);
	}

	@SuppressWarnings("unchecked")
	private static List<X509Certificate> parse(String pem) throws Exception {
		return (List<X509Certificate>) CertificateFactory.getInstance("X.509")
			.generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)))
			.stream()
			.toList();
	}

}
