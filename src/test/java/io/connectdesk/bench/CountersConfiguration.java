package io.connectdesk.bench;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The SQL statement and engine command counters, for a budget test's application context ({@code @Import} it). */
@TestConfiguration(proxyBeanMethods = false)
public class CountersConfiguration {

	@Bean
	static SqlStatementCounter sqlStatementCounter() {
		return new SqlStatementCounter();
	}

	@Bean
	static EngineCommandCounter engineCommandCounter() {
		return new EngineCommandCounter();
	}

}
