package io.connectdesk.provisioning;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import io.connectdesk.workflow.RemoteExternalWork;

/**
 * A provisioning worker as a process of its own, from the same jar, for a remote engine: no web server, no
 * engine; the item code the in-process workers run, fed by Camunda's external-task client over
 * {@code /engine-rest} with a WORKER account's credentials (profile {@code worker}, {@code application-worker.yml}).
 * It works the topics of the {@link ProvisioningAdapter} beans it has. With
 * {@code connectdesk.provisioning.worker.local-adapters=true} ({@code CONNECTDESK_WORKER_LOCAL_ADAPTERS}) these are
 * the application's own adapters ({@link io.connectdesk.provisioning.adapter.LocalAdapters}), given the
 * application's database, data directory and secret key; without it, no database and no adapter but those
 * added to its context.
 *
 * <pre>java -cp connect-desk.jar -Dloader.main=io.connectdesk.provisioning.ProvisioningWorkerApplication \
 *   org.springframework.boot.loader.launch.PropertiesLauncher</pre>
 *
 * Not a {@code @Configuration}: the application's component scan must not pick it up.
 */
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@EnableConfigurationProperties(ProvisioningSettings.class)
// RemoteExternalWork imports the client's auto-configuration, not auto-configured: application.yml excludes it for the application.
@Import({ RemoteExternalWork.class, RetryDelays.FromText.class, WorkerLocalAdapters.class, AdapterCalls.class, ItemOutputs.class,
		ItemWorker.class })
public class ProvisioningWorkerApplication {

	public static final String PROFILE = "worker";

	public static void main(String[] args) {
		builder().run(args);
	}

	/** The worker application, in the {@code worker} profile, without a web server. */
	public static SpringApplicationBuilder builder() {
		return new SpringApplicationBuilder(ProvisioningWorkerApplication.class).profiles(PROFILE)
			.web(WebApplicationType.NONE);
	}

}
