package io.connectdesk.provisioning.adapter;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily certificate renewal check runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AdapterScheduling {

}
