package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.journey.ApiTestSupport;

/** The engine's ids are version 7 UUIDs whose text sorts in the order they were made (TimeOrderedIds). */
class TimeOrderedIdsTest extends ApiTestSupport {

	@Autowired
	private ProcessEngineConfigurationImpl engine;

	@Test
	void idsAreVersionSevenUuidsInTheOrderTheyWereMade() {
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
		assertThat(made).allSatisfy(id -> {
			UUID uuid = UUID.fromString(id);
			assertThat(uuid.toString()).isEqualTo(id);
			assertThat(uuid.version()).isEqualTo(7);
			assertThat(uuid.variant()).isEqualTo(2);
		});
		assertThat(made.get(0)).startsWith("%08x-%04x-7".formatted(1_765_000_000_000L >>> 16, 1_765_000_000_000L & 0xFFFF));
	}

	@Test
	void theEngineMakesItsIdsThatWay() {
		assertThat(this.engine.getIdGenerator()).isInstanceOf(TimeOrderedIds.class);
		List<Deployment> deployments = this.engine.getRepositoryService().createDeploymentQuery().list();
		assertThat(deployments).isNotEmpty()
			.allSatisfy(deployment -> assertThat(UUID.fromString(deployment.getId()).version()).isEqualTo(7));
	}

}
