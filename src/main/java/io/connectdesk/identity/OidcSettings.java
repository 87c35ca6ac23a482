package io.connectdesk.identity;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a token from the identity provider maps to a caller (the {@code oidc} profile).
 *
 * @param rolesClaim where the roles are, a dot path into nested claims; Keycloak's realm roles by default
 * @param organizationClaim a claim naming the person's customer; unset: the e-mail domain decides
 * @param staffDomains e-mail domains of the service's own staff (they belong to no customer)
 */
@ConfigurationProperties("connectdesk.oidc")
record OidcSettings(@DefaultValue("realm_access.roles") String rolesClaim, String organizationClaim,
		@DefaultValue List<String> staffDomains) {

	boolean isStaffDomain(String domain) {
		return this.staffDomains.stream().anyMatch(staff -> staff.strip().toLowerCase(Locale.ROOT).equals(domain));
	}

}
