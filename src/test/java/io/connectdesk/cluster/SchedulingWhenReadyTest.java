package io.connectdesk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Scheduled work waits for the application to be ready: none of it runs while the start is still under way. */
class SchedulingWhenReadyTest {

	@Test
	void scheduledWorkDueDuringTheStartRunsOnceTheApplicationIsReady() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.run()) {
			Application application = context.getBean(Application.class);
			assertThat(application.runsWhileStarting).as("runs of the 10 ms job while the runner waited 300 ms").isZero();
			assertThat(application.ran.await(10, TimeUnit.SECONDS)).as("the job ran after ready").isTrue();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ImportAutoConfiguration(TaskSchedulingAutoConfiguration.class)
	@Import(SchedulingWhenReady.class)
	static class Application {

		private final AtomicInteger runs = new AtomicInteger();

		private final CountDownLatch ran = new CountDownLatch(3);

		private volatile int runsWhileStarting = -1;

		@Scheduled(fixedDelay = 10)
		void often() {
			this.runs.incrementAndGet();
			this.ran.countDown();
		}

		/** Runs after the context's refresh, when the scheduled job was registered, before the application is ready. */
		@Bean
		ApplicationRunner startingSlowly() {
			return arguments -> {
				Thread.sleep(300);
				this.runsWhileStarting = this.runs.get();
			};
		}

	}

}
