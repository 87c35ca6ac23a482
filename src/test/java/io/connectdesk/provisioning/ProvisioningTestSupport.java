package io.connectdesk.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/**
 * The whole application with provisioning on and its in-process workers polling, two fault-injection test
 * adapters ({@code git-repository}, {@code infra-config}) that take precedence over the real ones of their kinds,
 * and short retry delays.
 */
@Import(ProvisioningTestSupport.TestAdapters.class)
@TestPropertySource(properties = { "connectdesk.provisioning.enabled=true",
		"connectdesk.provisioning.workers.enabled=true", "connectdesk.provisioning.retry-delays=PT0.2S,PT0.2S",
		"connectdesk.provisioning.workers.max-idle-backoff=PT0.2S", "camunda.bpm.job-execution.enabled=true" })
abstract class ProvisioningTestSupport extends ApiTestSupport {

	@Autowired
	protected TestAdapters adapters;

	@BeforeEach
	void adaptersWork() {
		this.adapters.git.reset();
		this.adapters.infra.reset();
		this.adapters.events.clear();
	}

	/**
	 * Waits until the value satisfies the condition; fails after 60 seconds (workers poll with backoff,
	 * and a remote worker goes over HTTP: on 2 busy cores that took over 20 s once).
	 */
	protected static <T> T eventually(Supplier<T> value, Predicate<T> condition, String what) {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		T last = value.get();
		while (!condition.test(last)) {
			assertThat(Instant.now()).as("waited 60 s for " + what + ", last seen: " + last).isBefore(deadline);
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			last = value.get();
		}
		return last;
	}

	/**
	 * After the SRE's accept: while the ticket waits for cost approval, the customer's approvers approve it
	 * one after the other (a large increase needs two distinct approvers); a ticket that costs nothing goes on.
	 */
	protected static void approvedIfAsked(String ticket, ApiClient reader, ApiClient... approvers) {
		JsonNode delta = ticket(reader, ticket).path("mruDelta");
		if (delta.isNumber() && delta.decimalValue().signum() != 0) {
			// The approval starts in a job after the acceptance (Task_ReadCostFacts is asynchronous).
			eventually(() -> ticket(reader, ticket).path("status").asText(), "WAITING_FOR_APPROVAL"::equals,
					"the approvers to be asked");
		}
		for (ApiClient approver : approvers) {
			if (!"WAITING_FOR_APPROVAL".equals(ticket(reader, ticket).path("status").asText())) {
				return;
			}
			succeeds(approver.post("/api/v1/approvals/" + ticket + "/decisions", Map.of("verdict", "APPROVE", "comment",
					"Budgeted")));
		}
		assertThat(ticket(reader, ticket).path("status").asText()).as("approved by " + approvers.length + " approver(s)")
			.isNotEqualTo("WAITING_FOR_APPROVAL");
	}

	/** One catalog item of an activation: the component in those environments, with its parameters. */
	protected static Map<String, Object> catalogItem(String component, List<String> environments, Map<String, Object> parameters) {
		return Map.of("component", component, "environments", environments, "parameters", parameters);
	}

	/** Valid parameters of the catalog's components (catalog/catalog-v1.json) as the tests use them. */
	protected static Map<String, Object> parametersOf(String component) {
		return switch (component) {
			case "source-repository" -> Map.of("repositoryName", "orders-api", "developers", List.of("dev@example.com"));
			case "container-service" -> Map.of("serviceName", "orders", "baseCapacity", 2, "maxElasticity", 4,
					"expectedPeakRps", 100);
			case "database" -> Map.of("engine", "postgresql", "storageGb", 50);
			case "api-gateway" -> Map.of("routePath", "/orders", "upstreamService", "orders");
			case "waf" -> Map.of("ruleSet", "OWASP_CORE", "protectedHost", "orders.example.com");
			case "blue-green" -> Map.of("serviceName", "orders");
			case "tls-certificate" -> Map.of("dnsNames", List.of("orders.example.com"));
			case "vpn-link" -> Map.of("peerAddress", "203.0.113.10", "localSubnets", List.of("10.20.0.0/16"), "remoteSubnets",
					List.of("192.168.50.0/24"));
			default -> throw new IllegalArgumentException("No test parameters for " + component);
		};
	}

	/** A COMPONENT_ACTIVATION request: each component in each environment, with {@link #parametersOf}. */
	protected static Map<String, Object> activation(String title, List<String> components, List<String> environments) {
		return Map.of("type", "COMPONENT_ACTIVATION", "title", title, "description", "Please.", "items",
				components.stream().map(component -> catalogItem(component, environments, parametersOf(component))).toList(),
				"urgent", false);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestAdapters {

		final RecordingAdapter git = new RecordingAdapter("git-repository");

		final RecordingAdapter infra = new RecordingAdapter("infra-config");

		final List<Object> events = new CopyOnWriteArrayList<>();

		@Bean
		ProvisioningAdapter gitTestAdapter() {
			return this.git;
		}

		@Bean
		ProvisioningAdapter infraTestAdapter() {
			return this.infra;
		}

		// Only what committed: a completion that clashed with another and rolled back published its events too.
		@TransactionalEventListener
		void provisioned(ItemProvisioned event) {
			this.events.add(event);
		}

		@TransactionalEventListener
		void deprovisioned(ItemDeprovisioned event) {
			this.events.add(event);
		}

	}

}
