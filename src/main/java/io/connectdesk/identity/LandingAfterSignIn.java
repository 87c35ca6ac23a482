package io.connectdesk.identity;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import io.connectdesk.common.Role;
import io.connectdesk.web.Landing;

/**
 * After a sign-in (form or single sign-on): back to the page that asked for it, else where the person's
 * work is ({@link Landing}: approver to approvals, SRE to the queue, admin to customers); in the language
 * their account stores when the browser has none yet ({@link SignInLanguage}).
 */
final class LandingAfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SignInLanguage language;

	LandingAfterSignIn(SignInLanguage language) {
		this.language = language;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		this.language.apply(request, response, authentication);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) {
		return Landing.of(rolesOf(authentication));
	}

	static Set<Role> rolesOf(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		return Arrays.stream(Role.values())
			.filter(role -> authorities.contains(role.authority()))
			.collect(Collectors.toSet());
	}

}
