package io.connectdesk.incident.web;

import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.incident.AlertIntegrationView;
import io.connectdesk.incident.AlertIntegrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A customer's alert integrations: its customer admins manage their own, admins any customer's. */
@RestController
@Tag(name = "Alert integrations", description = "Tokens (cdi_…) a customer's monitors deliver alerts with")
class AlertIntegrationApi {

	private final AlertIntegrations integrations;

	AlertIntegrationApi(AlertIntegrations integrations) {
		this.integrations = integrations;
	}

	@GetMapping("/api/v1/customers/{customerId}/alert-integrations")
	@Operation(summary = "The customer's integrations (never their tokens)")
	List<AlertIntegrationView> list(@PathVariable Long customerId, Caller caller) {
		return this.integrations.of(caller, customerId);
	}

	@PostMapping("/api/v1/customers/{customerId}/alert-integrations")
	@Operation(summary = "Create an integration: {\"name\": ...}. The answer is the only time the token is shown.")
	ResponseEntity<AlertIntegrations.CreatedIntegration> create(@PathVariable Long customerId, @RequestBody NewIntegration request,
			Caller caller) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(this.integrations.create(caller, customerId, request.name()));
	}

	@DeleteMapping("/api/v1/customers/{customerId}/alert-integrations/{id}")
	@Operation(summary = "Revoke an integration: its token stops working at once")
	AlertIntegrationView revoke(@PathVariable Long customerId, @PathVariable Long id, Caller caller) {
		return this.integrations.revoke(caller, customerId, id);
	}

	record NewIntegration(String name) {
	}

}
