package io.connectdesk.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedAttempts failed sign-ins in a row, from one client address, that lock the account for that address
 * @param maxFailedAttemptsPerAddress failed sign-ins from one address (any accounts) that refuse every sign-in from it
 * @param lockDuration how long a lock holds after the last failure that counted towards it
 */
@ConfigurationProperties("connectdesk.sign-in")
record SignInSettings(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("20") int maxFailedAttemptsPerAddress,
		@DefaultValue("PT15M") Duration lockDuration) {
}
