package io.connectdesk.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedAttempts consecutive failed sign-ins that lock the account
 * @param lockDuration how long the account stays locked after them
 */
@ConfigurationProperties("connectdesk.sign-in")
record SignInSettings(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("PT15M") Duration lockDuration) {
}
