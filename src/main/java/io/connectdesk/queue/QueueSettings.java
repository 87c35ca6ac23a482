package io.connectdesk.queue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param breachingHorizon a ticket whose next due time is closer than this is in the "breaching soon" view */
@ConfigurationProperties("connectdesk.queue")
record QueueSettings(@DefaultValue("PT2H") Duration breachingHorizon) {
}
