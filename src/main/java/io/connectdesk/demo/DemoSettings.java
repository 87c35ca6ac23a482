package io.connectdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param password the demo users' password; set only by the local profile */
@ConfigurationProperties("connectdesk.demo")
record DemoSettings(boolean enabled, String password) {
}
