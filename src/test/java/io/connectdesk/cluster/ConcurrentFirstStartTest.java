package io.connectdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;
import io.connectdesk.journey.ApiClient;

/**
 * Three nodes started at the same moment on an empty PostgreSQL, with the local profile's demo data
 * and provisioning on: all come up, with one engine schema, one deployment per model, one catalog,
 * one demo customer, one CA root and one secret key. Their schedulers then check certificate renewals
 * every two seconds, all three at once: one renewal ticket per certificate.
 */
class ConcurrentFirstStartTest {

	private static final int NODES = 3;

	private static ClusterNodes cluster;

	private static List<ConfigurableApplicationContext> nodes;

	@BeforeAll
	static void threeNodesAtOnce() {
		cluster = ClusterNodes.onEmptyDatabase();
		nodes = cluster.startTogether(NODES, Map.of("spring.profiles.active", "local", "connectdesk.dev-mail.enabled", "false",
				"connectdesk.provisioning.enabled", "true", "connectdesk.provisioning.renewal-check-cron", "*/2 * * * * *"));
	}

	@AfterAll
	static void stop() throws Exception {
		cluster.close();
	}

	@Test
	void everyNodeIsReady() {
		for (ConfigurableApplicationContext node : nodes) {
			ApiClient.Response ready = ApiClient.anonymous(ClusterNodes.port(node)).get("/actuator/health/readiness");
			assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
		}
	}

	@Test
	void sharedDataIsThereOnce() {
		assertThat(cluster.count("select count(*) from (select key_ from act_re_procdef group by key_ having count(*) > 1) twice"))
			.as("models deployed more than once").isZero();
		assertThat(cluster.count("select count(*) from act_re_procdef")).isPositive();
		assertThat(cluster.count("select count(*) from catalog_data_version")).isPositive();
		assertThat(cluster.count("select count(*) from catalog_component")).isPositive();
		assertThat(cluster.count("select count(*) from customer where name = 'Acme Corp'")).isEqualTo(1);
		assertThat(cluster.count("select count(*) from app_user where email = 'requester@acme.example'")).isEqualTo(1);
		assertThat(cluster.count("select count(*) from oncall_shift")).as("one rotation, not three")
			.isEqualTo(cluster.count("select count(distinct starts_at) from oncall_shift"));
		assertThat(cluster.count("select count(*) from certificate_authority")).isEqualTo(1);
		assertThat(cluster.count("select count(*) from certificate_authority where key_cipher_text like '%PRIVATE KEY%'")).isZero();
	}

	@Test
	void everyNodeHasTheSameSecretKey() {
		byte[] first = nodes.get(0).getBean(SecretKeys.class).key();
		for (ConfigurableApplicationContext node : nodes) {
			assertThat(node.getBean(SecretKeys.class).key()).isEqualTo(first);
			assertThat(node.getBean(SecretKeys.class).derived("approval-links")).contains(
					nodes.get(0).getBean(SecretKeys.class).derived("approval-links").orElseThrow());
		}
	}

	@Test
	void threeSchedulersFileOneRenewalPerCertificate() throws InterruptedException {
		ConfigurableApplicationContext node = nodes.get(0);
		Long customer = node.getBean(Customers.class).findOrCreate("Renewals " + unique()).getId();
		String domain = "r" + unique() + ".example.test";
		node.getBean(Customers.class).addDomain(customer, domain);
		String requester = "rita-" + unique() + "@" + domain;
		node.getBean(Accounts.class).ensure(new Accounts.NewAccount(requester, "Rita", "correct-horse-battery", customer,
				Set.of(Role.REQUESTER), Locale.ENGLISH));
		ApiClient.Response filed = ApiClient.basic(ClusterNodes.port(node), requester, "correct-horse-battery")
			.post("/api/v1/tickets", Map.of("type", "INFRASTRUCTURE_CHANGE", "title", "Certificates", "description", "Two of them.",
					"components", List.of("tls-certificate"), "environments", List.of("production"), "urgent", false));
		assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
		String ticket = filed.json().path("id").asText();
		List<String> certificates = List.of(issued(customer, ticket), issued(customer, ticket));

		Instant until = Instant.now().plusSeconds(60);
		while (cluster.count("select count(*) from issued_certificate where customer_id = ? and renewal_ticket_id is null", customer) > 0
				&& Instant.now().isBefore(until)) {
			Thread.sleep(200);
		}
		Thread.sleep(Duration.ofSeconds(5).toMillis()); // a few more checks on every node

		assertThat(cluster.count("select count(*) from ticket where customer_id = ? and title like 'Renew the TLS certificate%'", customer))
			.isEqualTo(certificates.size());
		assertThat(cluster.count("select count(*) from certificate_renewal where request_key like ? and ticket_id is not null",
				ticket + ":%")).isEqualTo(certificates.size());
	}

	/** A certificate the CA issued for the ticket that expires in ten days: due for renewal. */
	private static String issued(Long customer, String ticket) {
		String serial = unique() + unique();
		String key = ticket + ":tls-certificate-" + serial + ":production";
		cluster.update("insert into issued_certificate (request_key, customer_id, ticket_id, component_key, environment_key, serial, "
				+ "fingerprint, not_after, pem_chain, private_key_ref, renewal_ticket_id, created_at) "
				+ "values (?, ?, ?, 'tls-certificate', 'production', ?, 'ab', ?, 'chain', 'sec-none', null, ?)", key, customer, ticket,
				serial, OffsetDateTime.now(ZoneOffset.UTC).plusDays(10), OffsetDateTime.now(ZoneOffset.UTC));
		return key;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
