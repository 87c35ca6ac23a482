package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.journey.ApiTestSupport;

/** The engine's ids are 19 characters that sort in the order they were made (TimeOrderedIds). */
class TimeOrderedIdsTest extends ApiTestSupport {

	@Autowired
	private ProcessEngineConfigurationImpl engine;

	@Test
	void idsAreShortAndSortInTheOrderTheyWereMade() {
		AtomicLong clock = new AtomicLong(1_765_000_000_000L);
		TimeOrderedIds ids = new TimeOrderedIds(clock::get);
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 5000; i++) { // more than one millisecond's 4096 counter values
			made.add(ids.getNextId());
		}
		clock.set(clock.get() - 60_000); // the clock set back a minute
		made.add(ids.getNextId());
		clock.set(clock.get() + 3_600_000);
		made.add(ids.getNextId());

		assertThat(made).isSorted().doesNotHaveDuplicates();
		assertThat(made).allSatisfy(id -> assertThat(id).hasSize(19).matches("[-0-9A-Z_a-z]+"));
		assertThat(millis(made.get(0))).isEqualTo(1_765_000_000_000L);
		assertThat(millis(made.get(4999))).isEqualTo(1_765_000_000_001L); // the second millisecond's counter
		assertThat(millis(made.get(5001))).isEqualTo(1_765_000_000_000L - 60_000 + 3_600_000);
	}

	/** The milliseconds in an id's first 9 characters (54 bits: the time, then the 12-bit counter). */
	private static long millis(String id) {
		long stamp = 0;
		for (char c : id.substring(0, 9).toCharArray()) {
			stamp = stamp << 6 | TimeOrderedIds.ALPHABET.indexOf(c);
		}
		return stamp >>> 12;
	}

	@Test
	void theEngineMakesItsIdsThatWay() {
		assertThat(this.engine.getIdGenerator()).isInstanceOf(TimeOrderedIds.class);
		List<Deployment> deployments = this.engine.getRepositoryService().createDeploymentQuery().list();
		assertThat(deployments).isNotEmpty()
			.allSatisfy(deployment -> assertThat(deployment.getId()).hasSize(19));
	}

}
