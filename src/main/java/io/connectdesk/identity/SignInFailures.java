package io.connectdesk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.connectdesk.ratelimit.RateCounters;
import io.connectdesk.ratelimit.RateCounters.Count;

/**
 * Failed sign-ins, counted in the shared rate counters per (account, client address) and per
 * address, never per account alone: failures lock an account only for the address they came from,
 * so nobody can lock another person out from their own address. Every failure keeps its counts for
 * another lock duration (a sliding window).
 */
@Component
class SignInFailures {

	private static final String PREFIX = "sign-in-failures:";

	private final RateCounters counters;

	private final SignInSettings settings;

	private final Clock clock;

	SignInFailures(RateCounters counters, SignInSettings settings, Clock clock) {
		this.counters = counters;
		this.settings = settings;
		this.clock = clock;
	}

	void failed(String email) {
		String address = clientAddress();
		this.counters.fail(List.of(pair(email, address), PREFIX + "|" + address), this.settings.lockDuration());
	}

	/** Forgets the failures of this account from this address (not those of the address as a whole). */
	void succeeded(String email) {
		this.counters.forget(pair(email, clientAddress()));
	}

	/** What earlier failures mean for a sign-in to that account from the current request's address. */
	Standing standing(String email) {
		String address = clientAddress();
		String pair = RateCounters.key(pair(email, address));
		String whole = RateCounters.key(PREFIX + "|" + address);
		Map<String, Count> counts = this.counters.read(List.of(pair, whole));
		Instant now = this.clock.instant();
		Optional<Instant> lockedUntil = Optional.ofNullable(counts.get(pair))
			.filter(count -> count.reached(this.settings.maxFailedAttempts(), now))
			.or(() -> Optional.ofNullable(counts.get(whole)).filter(count -> count.reached(this.settings.maxFailedAttemptsPerAddress(), now)))
			.map(Count::windowEnds);
		return new Standing(counts.containsKey(pair) ? counts.get(pair).hits() : 0, lockedUntil.orElse(null));
	}

	/**
	 * @param failures this account's failures from this address (to forget on success)
	 * @param lockedUntil until when sign-ins to it from this address are refused, or {@code null}
	 */
	record Standing(int failures, Instant lockedUntil) {

		boolean hadFailures() {
			return this.failures > 0;
		}

	}

	/** The client's address: the remote address, as Spring's forward-headers handling may have corrected it. */
	static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

	private static String pair(String email, String address) {
		return PREFIX + email + "|" + address;
	}

}
