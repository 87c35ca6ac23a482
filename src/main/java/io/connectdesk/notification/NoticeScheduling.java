package io.connectdesk.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox's sender runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeScheduling {

}
