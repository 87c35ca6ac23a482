package io.connectdesk.identity;

import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.connectdesk.common.Caller;

/**
 * The {@code oidc} profile's two ways in, both ending in our {@link Caller}: a person signing in to
 * the pages through the identity provider, and a bearer JWT on the API or Camunda's REST API.
 */
final class OidcSignIn {

	private OidcSignIn() {
	}

	/** Loads the person as Spring Security does, then maps (and provisions) them; refuses strangers. */
	static OAuth2UserService<OidcUserRequest, OidcUser> userService(ExternalIdentities identities) {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser user = standard.loadUser(request);
			Caller caller = identities.signIn(user.getClaims());
			if (caller.userId() == null) {
				throw ExternalIdentities.refused("Service accounts do not sign in to pages.");
			}
			return new OidcAccount(caller, user);
		};
	}

	/**
	 * @param serviceAccounts whether service accounts (no person, no account row) are admitted: on
	 * Camunda's REST API yes, on our API (which files and reads tickets as a person) no
	 */
	static Converter<Jwt, AbstractAuthenticationToken> jwtConverter(ExternalIdentities identities, boolean serviceAccounts) {
		return jwt -> {
			Caller caller = identities.signIn(jwt.getClaims());
			if (caller.userId() == null && !serviceAccounts) {
				throw ExternalIdentities.refused("Service accounts have no access here.");
			}
			return new CallerJwtAuthentication(jwt, caller);
		};
	}

	/** A person signed in to the pages through the identity provider. */
	static final class OidcAccount extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final Caller caller;

		OidcAccount(Caller caller, OidcUser user) {
			super(AccountDetails.authoritiesOf(caller), user.getIdToken(), user.getUserInfo(), "sub");
			this.caller = caller;
		}

		Caller caller() {
			return this.caller;
		}

		@Override
		public String getName() {
			return this.caller.email();
		}

	}

	/** A bearer JWT that carries our caller; its authorities are the caller's roles. */
	static final class CallerJwtAuthentication extends JwtAuthenticationToken {

		private static final long serialVersionUID = 1L;

		private final Caller caller;

		CallerJwtAuthentication(Jwt jwt, Caller caller) {
			super(jwt, (Collection<? extends GrantedAuthority>) AccountDetails.authoritiesOf(caller), caller.email());
			this.caller = caller;
		}

		Caller caller() {
			return this.caller;
		}

	}

}
