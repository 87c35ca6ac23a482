package io.connectdesk.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.connectdesk.journey.ApiTestSupport;

/**
 * The whole application with provisioning on, its in-process workers polling, short retry delays, and the real
 * adapters only (no test adapter), which keep their repositories and certificate authority in a temporary data
 * directory that the test classes extending this share with one application context.
 */
abstract class RealAdaptersTestSupport extends ApiTestSupport {

	protected static final Path DATA_DIR = temporaryDirectory("connectdesk-real-adapters");

	@DynamicPropertySource
	static void provisioningOn(DynamicPropertyRegistry properties) {
		properties.add("connectdesk.provisioning.enabled", () -> "true");
		properties.add("connectdesk.provisioning.workers.enabled", () -> "true");
		properties.add("connectdesk.provisioning.workers.max-idle-backoff", () -> "PT0.2S");
		properties.add("connectdesk.provisioning.retry-delays", () -> "PT0.2S");
		properties.add("connectdesk.provisioning.data-dir", DATA_DIR::toString);
		// Recording each item is an asynchronous continuation: the job executor runs it.
		properties.add("camunda.bpm.job-execution.enabled", () -> "true");
	}

	static Path temporaryDirectory(String prefix) {
		try {
			return Files.createTempDirectory(prefix);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
