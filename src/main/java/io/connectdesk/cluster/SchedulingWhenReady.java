package io.connectdesk.cluster;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Spring's scheduler, which runs every module's {@code @Scheduled} work and Spring Session's clean-up, held until the
 * application is ready (docs/startup.md): what was due in the meantime runs then. A start does not share the second
 * core with the pollers (outbox senders, service-level alarms, incident sweeps), which have nothing to do before the
 * first request anyway. Which node runs a job is still decided per due time ({@link ClusterLock}, {@link DueTimes}).
 * The settings are Spring Boot's ({@code spring.task.scheduling.*}).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingWhenReady {

	@Bean
	ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
		return builder.configure(new HeldUntilReady());
	}

	/** Paused from its creation (its threads wait before each task) until the application is ready. */
	static final class HeldUntilReady extends ThreadPoolTaskScheduler {

		private volatile boolean ready;

		@Override
		public void initialize() {
			super.initialize();
			super.stop();
		}

		/** The context's start (before the runners, before ready) leaves it paused. */
		@Override
		public void start() {
			if (this.ready) {
				super.start();
			}
		}

		@EventListener(ApplicationReadyEvent.class)
		void ready() {
			this.ready = true;
			super.start();
		}

	}

}
