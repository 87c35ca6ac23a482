package io.connectdesk.database;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every data source of the application hands out group-committing connections where that is needed.
 * {@code connectdesk.database.group-commit=false} turns it off: on an H2 file database with a write delay, commits
 * then reach the file up to that delay later (not durable; for the filing bench's comparison only).
 * {@code connectdesk.database.group-commit-gather} (1 ms) is how long a store waits for the transactions that are
 * writing when it would begin (docs/filing-performance.md, section 11).
 */
@Configuration(proxyBeanMethods = false)
class DurableCommitConfiguration {

	@Bean
	static BeanPostProcessor groupCommittingDataSources(Environment environment) {
		boolean on = environment.getProperty("connectdesk.database.group-commit", Boolean.class, true);
		Duration gather = environment.getProperty("connectdesk.database.group-commit-gather", Duration.class,
				Duration.ofMillis(1));
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return on && bean instanceof DataSource pool && !(bean instanceof GroupCommitDataSource)
						? new GroupCommitDataSource(pool, gather) : bean;
			}

		};
	}

}
