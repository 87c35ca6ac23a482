package io.connectdesk.identity.web;

import java.util.List;

import jakarta.validation.Valid;

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
import io.connectdesk.identity.ApiTokenView;
import io.connectdesk.identity.ApiTokens;
import io.connectdesk.identity.NewApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Customer users' personal access tokens, and admins' view of every customer's. A token cannot call these. */
@RestController
@Tag(name = "API tokens", description = "Personal access tokens: Authorization: Bearer cdp_…, limited to their scopes")
class ApiTokenApi {

	private final ApiTokens tokens;

	ApiTokenApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/tokens")
	@Operation(summary = "The signed-in customer user's tokens (never the tokens themselves), with when each was last used")
	List<ApiTokenView> mine(Caller caller) {
		return this.tokens.mine(caller);
	}

	@PostMapping("/api/v1/tokens")
	@Operation(summary = "Create a token: name, scopes (tickets:read, tickets:write, inventory:read, billing:read, sla:read), "
			+ "expiresInDays (1 to 365). The answer is the only time the token is shown.")
	ResponseEntity<ApiTokens.CreatedApiToken> create(@Valid @RequestBody NewApiToken request, Caller caller) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.cacheControl(CacheControl.noStore())
			.body(this.tokens.create(caller, request));
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@Operation(summary = "Revoke one of your tokens: it stops working at once")
	ApiTokenView revoke(@PathVariable Long id, Caller caller) {
		return this.tokens.revokeOwn(caller, id);
	}

	@GetMapping("/api/v1/admin/customers/{customerId}/tokens")
	@Operation(summary = "Every token of the customer's users (ADMIN)")
	List<ApiTokenView> ofCustomer(@PathVariable Long customerId, Caller caller) {
		return this.tokens.ofCustomer(caller, customerId);
	}

	@DeleteMapping("/api/v1/admin/customers/{customerId}/tokens/{id}")
	@Operation(summary = "Revoke a token of one of the customer's users (ADMIN)")
	ApiTokenView revokeOfCustomer(@PathVariable Long customerId, @PathVariable Long id, Caller caller) {
		return this.tokens.revokeOfCustomer(caller, customerId, id);
	}

}
