package io.connectdesk.identity;

import java.util.Optional;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.connectdesk.common.Caller;

/** Lets a controller method take a {@link Caller} parameter: the signed-in person. */
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Caller.class.equals(parameter.getParameterType());
	}

	@Override
	public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return currentCaller();
	}

	static Caller currentCaller() {
		return callerOf(SecurityContextHolder.getContext().getAuthentication())
			.orElseThrow(() -> new InsufficientAuthenticationException("Sign in first"));
	}

	/** The caller behind a sign-in: our form or Basic login, an OIDC page session, or a bearer JWT. */
	static Optional<Caller> callerOf(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication instanceof ApiTokenAuthentication token) {
			return Optional.of(token.caller());
		}
		if (authentication instanceof OidcSignIn.CallerJwtAuthentication jwt) {
			return Optional.of(jwt.caller());
		}
		if (authentication.getPrincipal() instanceof AccountDetails details) {
			return Optional.of(details.caller());
		}
		if (authentication.getPrincipal() instanceof OidcSignIn.OidcAccount oidc) {
			return Optional.of(oidc.caller());
		}
		return Optional.empty();
	}

}
