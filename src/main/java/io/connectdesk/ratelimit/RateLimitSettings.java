package io.connectdesk.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether requests are counted at all
 * @param api {@code /api/**}: authenticated requests per account and per client address
 * @param git {@code /git/**}: authenticated Git requests per account and per client address
 * @param signIn form sign-in attempts ({@code POST /login}) per claimed account and per client address
 */
@ConfigurationProperties("connectdesk.rate-limits")
record RateLimitSettings(@DefaultValue("true") boolean enabled, Surface api, Surface git, Surface signIn) {

	RateLimitSettings {
		api = api == null ? new Surface(1200, 6000, null) : api;
		git = git == null ? new Surface(300, 600, null) : git;
		signIn = signIn == null ? new Surface(30, 10, null) : signIn;
	}

	/**
	 * @param perAccount hits one account may make in a window (from all addresses together)
	 * @param perAddress hits one client address may make in a window (all accounts together)
	 * @param window the length of a fixed window; a counter starts again when it ends
	 */
	record Surface(int perAccount, int perAddress, Duration window) {

		Surface {
			window = window == null ? Duration.ofMinutes(1) : window;
		}

	}

}
