package io.connectdesk.workflow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * The steps a process passes through without ever waiting in them, none start events and exclusive gateways, get
 * no activity history row: a filing passes two of them before its review (three rows became one), an acceptance three
 * before its planning. Each row was an insert into {@code ACT_HI_ACTINST} and its eleven indexes, on the filing's
 * path and in its commit (docs/filing-performance.md, section 10). Nothing reads them but the diagram a person sees
 * of their ticket ({@link ProcessTrails}), which infers them with {@link #completed}: the instance's start event from
 * the instance, a gateway from the steps around it. Every other step, the waiting ones (tasks, event-based gateways,
 * catching events) and the ending ones, is recorded as before; the process and task history too.
 */
@Component
class PassThroughSteps extends AbstractProcessEnginePlugin {

	/** The activity types not recorded: none start events and exclusive gateways. */
	static final Set<String> NOT_RECORDED = Set.of(ActivityTypes.START_EVENT, ActivityTypes.GATEWAY_EXCLUSIVE);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryEventHandler(new Recording(new DbHistoryEventHandler()));
	}

	static boolean recorded(HistoryEvent event) {
		return !(event instanceof HistoricActivityInstanceEventEntity step && NOT_RECORDED.contains(step.getActivityType()));
	}

	/**
	 * The steps of an instance's trail in the order it did them, with those not recorded put back: the start event
	 * first, and each exclusive gateway the trail passed, that is one reached from a completed step (through other
	 * gateways) and leading to a completed or current one, right after the step it came from. A gateway between two
	 * completed steps is taken as passed even if the instance went from one to the other another way: a diagram may
	 * then mark one gateway too many, never a step the instance did not do.
	 *
	 * @param done the recorded steps the instance completed, in order
	 * @param current the steps it waits in
	 */
	static List<String> completed(BpmnModelInstance model, String startActivityId, List<String> done, Collection<String> current) {
		Set<String> completed = new LinkedHashSet<>();
		if (startActivityId != null) {
			completed.add(startActivityId);
		}
		completed.addAll(done);
		Collection<ExclusiveGateway> gateways = model.getModelElementsByType(ExclusiveGateway.class);
		Set<String> reached = closure(gateways, completed, true);
		Set<String> leading = new LinkedHashSet<>(completed);
		leading.addAll(current);
		Set<String> passed = closure(gateways, leading, false);
		passed.retainAll(reached);
		List<String> ordered = new ArrayList<>();
		for (String step : completed) {
			addWithPassedGateways(step, model, passed, ordered);
		}
		return ordered;
	}

	/** The gateways reached from {@code from} (forwards) or leading to it (backwards), through other gateways. */
	private static Set<String> closure(Collection<ExclusiveGateway> gateways, Set<String> from, boolean forwards) {
		Set<String> found = new LinkedHashSet<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (ExclusiveGateway gateway : gateways) {
				if (found.contains(gateway.getId())) {
					continue;
				}
				Collection<SequenceFlow> flows = forwards ? gateway.getIncoming() : gateway.getOutgoing();
				for (SequenceFlow flow : flows) {
					String other = (forwards ? flow.getSource() : flow.getTarget()).getId();
					if (from.contains(other) || found.contains(other)) {
						found.add(gateway.getId());
						grew = true;
						break;
					}
				}
			}
		}
		return found;
	}

	private static void addWithPassedGateways(String step, BpmnModelInstance model, Set<String> passed, List<String> ordered) {
		if (ordered.contains(step)) {
			return;
		}
		ordered.add(step);
		if (model.getModelElementById(step) instanceof FlowNode node) {
			for (SequenceFlow flow : node.getOutgoing()) {
				String next = flow.getTarget().getId();
				if (passed.contains(next)) {
					addWithPassedGateways(next, model, passed, ordered);
				}
			}
		}
	}

	/** The engine's database history, without the steps not recorded. */
	private record Recording(HistoryEventHandler database) implements HistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (recorded(event)) {
				this.database.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			events.forEach(this::handleEvent);
		}

	}

}
