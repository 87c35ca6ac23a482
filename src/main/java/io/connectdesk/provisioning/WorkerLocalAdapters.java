package io.connectdesk.provisioning;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import io.connectdesk.provisioning.adapter.LocalAdapters;

/**
 * The standalone worker with the application's own adapters, when
 * {@code connectdesk.provisioning.worker.local-adapters=true}: it then needs the application's database, data
 * directory and secret key ({@link LocalAdapters}), and keeps time by the system clock (the application's
 * follows its engine's, which this process has not). Only in {@link ProvisioningWorkerApplication}, which
 * imports it; not a {@code @Configuration}, so the application's component scan leaves it alone.
 */
@ConditionalOnProperty(name = WorkerLocalAdapters.PROPERTY, havingValue = "true")
@Import(LocalAdapters.class)
class WorkerLocalAdapters {

	static final String PROPERTY = "connectdesk.provisioning.worker.local-adapters";

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
