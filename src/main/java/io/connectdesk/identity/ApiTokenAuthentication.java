package io.connectdesk.identity;

import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import io.connectdesk.common.Caller;

/** A request authenticated by a customer's API token: the owner as caller, limited to the token's scopes. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final ApiTokens.TokenUse use;

	ApiTokenAuthentication(ApiTokens.TokenUse use) {
		super(AccountDetails.authoritiesOf(use.caller()));
		this.use = use;
		setAuthenticated(true);
	}

	Caller caller() {
		return this.use.caller();
	}

	Set<TokenScope> scopes() {
		return this.use.scopes();
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.use.caller().email();
	}

}
