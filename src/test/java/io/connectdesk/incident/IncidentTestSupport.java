package io.connectdesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.common.Role;
import io.connectdesk.identity.Memberships;
import io.connectdesk.journey.ApiClient;
import io.connectdesk.journey.ApiTestSupport;

/** Customers with an alert integration, and alerts in the generic format. */
abstract class IncidentTestSupport extends ApiTestSupport {

	@Autowired
	private Memberships memberships;

	/** A customer admin of the customer (a requester marked customer admin); returns their e-mail. */
	protected String newCustomerAdmin(Long customerId) {
		String email = newPerson("Admin", customerId, Role.REQUESTER);
		this.memberships.makeCustomerAdmin(email);
		return email;
	}

	/** Creates an integration through the API as the customer's admin; returns its token. */
	protected String newIntegration(Long customerId) {
		ApiClient admin = basic(newCustomerAdmin(customerId));
		ApiClient.Response created = admin.post("/api/v1/customers/" + customerId + "/alert-integrations", Map.of("name", "prometheus"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("token").asText();
	}

	protected ApiClient monitor(String token) {
		return ApiClient.bearer(this.port, token);
	}

	protected static Map<String, Object> alert(String fingerprint, String status, String component, String environment,
			String severity) {
		return Map.of("fingerprint", fingerprint, "status", status, "summary", fingerprint + " is down", "labels",
				Map.of("alertname", "Down-" + fingerprint, "component", component, "environment", environment, "severity", severity));
	}

	protected static Map<String, Object> alerts(Map<?, ?>... alerts) {
		return Map.of("alerts", List.of(alerts));
	}

}
