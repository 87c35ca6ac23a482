package io.connectdesk.ratelimit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import io.connectdesk.ratelimit.RateCounters.Limit;
import io.connectdesk.ratelimit.RateCounters.Verdict;

/** Counts a request on the buckets its subclass names (with one statement) and refuses it over a limit. */
abstract class LimitFilter extends OncePerRequestFilter {

	private final RateCounters counters;

	private final TooManyRequests tooMany;

	LimitFilter(RateCounters counters, TooManyRequests tooMany) {
		this.counters = counters;
		this.tooMany = tooMany;
	}

	/** The limits this request counts against; none when it is not counted. */
	abstract List<Limit> limitsOf(HttpServletRequest request, String path);

	@Override
	protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<Limit> limits = limitsOf(request, request.getRequestURI().substring(request.getContextPath().length()));
		Verdict verdict = limits.isEmpty() ? Verdict.ALLOWED : this.counters.hit(limits);
		if (verdict.allowed()) {
			chain.doFilter(request, response);
		}
		else {
			this.tooMany.write(request, response, verdict.retryAfter());
		}
	}

}
