package io.connectdesk.ratelimit;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import io.connectdesk.ratelimit.RateCounters.Limit;

/**
 * Counts each request to the API and to Git over HTTP per client address and per signed-in account,
 * with one statement. It runs after Spring Security, so it sees the authenticated account (never a
 * name a stranger merely claims) and refused credentials cost no count here: those are failed
 * sign-ins, which identity throttles per account and address.
 */
final class RequestLimitFilter extends LimitFilter {

	private final RateLimitSettings settings;

	RequestLimitFilter(RateCounters counters, RateLimitSettings settings, TooManyRequests tooMany) {
		super(counters, tooMany);
		this.settings = settings;
	}

	@Override
	List<Limit> limitsOf(HttpServletRequest request, String path) {
		String surface = path.startsWith("/api/") ? "api" : path.startsWith("/git/") ? "git" : null;
		if (surface == null || !this.settings.enabled()) {
			return List.of();
		}
		RateLimitSettings.Surface limits = "api".equals(surface) ? this.settings.api() : this.settings.git();
		List<Limit> buckets = new ArrayList<>(2);
		buckets.add(new Limit(surface + ":address:" + request.getRemoteAddr(), limits.perAddress(), limits.window()));
		Authentication caller = SecurityContextHolder.getContext().getAuthentication();
		if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
			buckets.add(new Limit(surface + ":account:" + caller.getName(), limits.perAccount(), limits.window()));
		}
		return buckets;
	}

}
