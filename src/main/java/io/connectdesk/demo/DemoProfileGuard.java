package io.connectdesk.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Demo users share one known password: outside the {@code local} profile (and with the production database)
 * their settings stop the start-up, before anything listens or connects, so that a demo setting left in a
 * production environment fails loudly instead of opening an ADMIN account with the password "demo". The same
 * for the dev mail server (it would swallow every mail and show it on a page) with the {@code postgres} profile.
 * Registered in {@code META-INF/spring.factories}; runs after the profile files are read.
 */
class DemoProfileGuard implements EnvironmentPostProcessor, Ordered {

	static final String LOCAL = "local";

	static final String PRODUCTION_DATABASE = "postgres";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean demoAllowed = environment.acceptsProfiles(Profiles.of(LOCAL)) && !environment.acceptsProfiles(Profiles.of(PRODUCTION_DATABASE));
		List<String> refused = new ArrayList<>();
		if (!demoAllowed) {
			refuseIfSet(environment, "connectdesk.demo.enabled", refused);
			refuseIfSet(environment, "connectdesk.demo.password", refused);
		}
		if (environment.acceptsProfiles(Profiles.of(PRODUCTION_DATABASE))) {
			refuseIfSet(environment, "connectdesk.dev-mail.enabled", refused);
		}
		if (!refused.isEmpty()) {
			throw new IllegalStateException("Demo settings " + refused + " are for the local demo profile only, never with the "
					+ "profiles " + profiles(environment) + ": remove them (and their CONNECTDESK_DEMO_* / "
					+ "CONNECTDESK_DEV_MAIL_* environment variables) or run the local profile alone. Refusing to start.");
		}
	}

	private static void refuseIfSet(ConfigurableEnvironment environment, String property, List<String> refused) {
		String value = environment.getProperty(property);
		if (StringUtils.hasText(value) && !"false".equalsIgnoreCase(value.trim())) {
			refused.add(property);
		}
	}

	private static List<String> profiles(ConfigurableEnvironment environment) {
		String[] active = environment.getActiveProfiles();
		return Arrays.asList(active.length > 0 ? active : environment.getDefaultProfiles());
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
