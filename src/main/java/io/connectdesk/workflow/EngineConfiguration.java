package io.connectdesk.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;

import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	private static final String ENGINE_BEAN = "processEngineFactoryBean";

	private static final String FLYWAY_BEAN = "flywayInitializer";

	/**
	 * Our Flyway migrations run before the engine creates its tables, so that Flyway finds the
	 * schema as it left it and never needs a baseline.
	 */
	@Bean
	static BeanFactoryPostProcessor engineStartsAfterFlyway() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition(ENGINE_BEAN) && beanFactory.containsBeanDefinition(FLYWAY_BEAN)) {
				BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE_BEAN);
				String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
				String[] withFlyway = Arrays.copyOf(dependsOn, dependsOn.length + 1);
				withFlyway[dependsOn.length] = FLYWAY_BEAN;
				engine.setDependsOn(withFlyway);
			}
		};
	}

	/** The engine is built in the background while the main thread makes the other beans (docs/startup.md). */
	@Bean
	static BeanPostProcessor engineBuiltInBackground() {
		return new EngineBuiltInBackground(ENGINE_BEAN);
	}

	/** Ids that grow with time keep the engine's new rows together in its indexes. */
	@Bean
	IdGenerator timeOrderedIds() {
		return new TimeOrderedIds();
	}

	/**
	 * The application's clock is the engine's clock: when a test moves the engine's time, due dates
	 * and reopen windows move with the timers.
	 */
	@Bean
	Clock clock() {
		return new EngineClock(ZoneOffset.UTC);
	}

	private static final class EngineClock extends Clock {

		private final ZoneId zone;

		EngineClock(ZoneId zone) {
			this.zone = zone;
		}

		@Override
		public ZoneId getZone() {
			return this.zone;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return new EngineClock(zone);
		}

		@Override
		public Instant instant() {
			return ClockUtil.getCurrentTime().toInstant();
		}

	}

}
