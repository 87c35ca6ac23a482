package io.connectdesk.workflow;

import java.util.List;

/**
 * Where one process instance has been and where it waits, on the model it runs: what a diagram draws.
 *
 * @param modelXml the BPMN of the deployed version the instance runs, as deployed (names, documentation and all)
 * @param done the ids of the model's elements the instance has completed, in the order it did
 * @param current the ids of the elements it waits in now; empty once it has ended
 */
public record ProcessTrail(String processKey, String instanceId, String modelXml, List<String> done, List<String> current) {

	public ProcessTrail {
		done = List.copyOf(done);
		current = List.copyOf(current);
	}

}
