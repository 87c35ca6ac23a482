package io.connectdesk.identity;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.connectdesk.common.Caller;
import io.connectdesk.common.SignedInCaller;

/** The caller of Spring Security's current sign-in: form or Basic login, an OIDC page session, a token or a JWT. */
@Component
class SecurityContextCaller implements SignedInCaller {

	@Override
	public Optional<Caller> current() {
		return CallerArgumentResolver.callerOf(SecurityContextHolder.getContext().getAuthentication());
	}

}
