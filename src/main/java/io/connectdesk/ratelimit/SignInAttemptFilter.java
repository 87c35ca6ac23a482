package io.connectdesk.ratelimit;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.connectdesk.ratelimit.RateCounters.Limit;

/**
 * Counts form sign-in attempts ({@code POST /login}) per client address and per claimed account,
 * before Spring Security checks the password (so a refused attempt costs no password hash). The
 * per-account limit is higher than the per-address one: one address alone can never use up
 * somebody else's attempts.
 */
final class SignInAttemptFilter extends LimitFilter {

	private final RateLimitSettings settings;

	SignInAttemptFilter(RateCounters counters, RateLimitSettings settings, TooManyRequests tooMany) {
		super(counters, tooMany);
		this.settings = settings;
	}

	@Override
	List<Limit> limitsOf(HttpServletRequest request, String path) {
		if (!this.settings.enabled() || !"POST".equals(request.getMethod()) || !"/login".equals(path)) {
			return List.of();
		}
		RateLimitSettings.Surface limits = this.settings.signIn();
		List<Limit> buckets = new ArrayList<>(2);
		buckets.add(new Limit("sign-in:address:" + request.getRemoteAddr(), limits.perAddress(), limits.window()));
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			buckets.add(new Limit("sign-in:account:" + username.strip(), limits.perAccount(), limits.window()));
		}
		return buckets;
	}

}
