package io.connectdesk.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import io.connectdesk.workflow.ProcessInstances;

/**
 * Ends the {@code ServiceLevel} process instances a database from before the alarms still holds:
 * their clocks carry their next alarm now (migration V20), and their timers would call delegates that
 * no longer exist. One query at start-up when there are none.
 */
@Component
class RetiredServiceLevelProcesses implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RetiredServiceLevelProcesses.class);

	private final ProcessInstances instances;

	RetiredServiceLevelProcesses(ProcessInstances instances) {
		this.instances = instances;
	}

	@Override
	public void run(ApplicationArguments args) {
		int ended = this.instances.cancelAll(ServiceLevelProcess.RETIRED_PROCESS_KEY,
				"service-level alarms replace the ServiceLevel process");
		if (ended > 0) {
			log.info("Ended {} ServiceLevel process instances: their clocks raise their alarms now", ended);
		}
	}

}
