package io.connectdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.connectdesk.common.Role;

/** Where the roles claim is found and what counts in it, whatever shape the provider gives it. */
class ExternalIdentitiesTests {

	private static ExternalIdentities withRolesClaim(String claim) {
		return new ExternalIdentities(null, null, new OidcSettings(claim, null, List.of()));
	}

	@Test
	void keycloaksNestedRealmRolesKeepOnlyOurRoleNames() {
		Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("offline_access", "sre", "EXPERT")));

		assertThat(withRolesClaim("realm_access.roles").rolesIn(claims)).hasValue(java.util.Set.of(Role.SRE, Role.EXPERT));
	}

	@Test
	void aSpaceOrCommaSeparatedClaimAndADottedClaimNameWork() {
		assertThat(withRolesClaim("roles").rolesIn(Map.of("roles", "REQUESTER, APPROVER")))
			.hasValue(java.util.Set.of(Role.REQUESTER, Role.APPROVER));
		assertThat(withRolesClaim("https://connectdesk.io/roles").rolesIn(Map.of("https://connectdesk.io/roles", List.of("ADMIN"))))
			.hasValue(java.util.Set.of(Role.ADMIN));
	}

	@Test
	void noneOfOursIsLikeNoClaim() {
		assertThat(withRolesClaim("realm_access.roles").rolesIn(Map.of("realm_access", Map.of("roles", List.of("uma_authorization")))))
			.isEmpty();
		assertThat(withRolesClaim("realm_access.roles").rolesIn(Map.of("realm_access", "not a map"))).isEmpty();
		assertThat(withRolesClaim("groups").rolesIn(Map.of())).isEmpty();
	}

}
