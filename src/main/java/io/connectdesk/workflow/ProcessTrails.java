package io.connectdesk.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * The trails of a process instance and of the instances it called that still run (a ticket's cost approval,
 * its provisioning), from the engine's activity history and, for the steps it does not record, the model
 * ({@link PassThroughSteps}): for the diagram a person sees of their ticket. A deployed model never changes, so its
 * XML is read once per definition and kept.
 */
@Service
public class ProcessTrails {

	/** Activity ids the engine adds for a multi-instance's body ({@code Task_X#multiInstanceBody}): not in the model's diagram. */
	private static final String ENGINE_SUFFIX = "#";

	private final HistoryService history;

	private final RepositoryService repository;

	private final Map<String, String> models = new ConcurrentHashMap<>();

	private final Map<String, BpmnModelInstance> parsedModels = new ConcurrentHashMap<>();

	ProcessTrails(@Lazy HistoryService history, @Lazy RepositoryService repository) {
		this.history = history;
		this.repository = repository;
	}

	/**
	 * The instance's trail first, then those of the instances it called that still run; empty when the engine
	 * knows no such instance (its history was cleaned up).
	 */
	public List<ProcessTrail> trailsOf(String processInstanceId) {
		HistoricProcessInstance root = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (root == null) {
			return List.of();
		}
		List<ProcessTrail> trails = new ArrayList<>();
		trails.add(trail(root));
		this.history.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(processInstanceId)
			.unfinished()
			.orderByProcessInstanceStartTime()
			.asc()
			.list()
			.forEach(called -> trails.add(trail(called)));
		return trails;
	}

	private ProcessTrail trail(HistoricProcessInstance instance) {
		List<HistoricActivityInstance> steps = this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(instance.getId())
			.list()
			.stream()
			.filter(step -> !step.getActivityId().contains(ENGINE_SUFFIX))
			.sorted(Comparator.comparing(HistoricActivityInstance::getStartTime).thenComparing(HistoricActivityInstance::getId))
			.toList();
		Set<String> current = new LinkedHashSet<>();
		Set<String> done = new LinkedHashSet<>();
		for (HistoricActivityInstance step : steps) {
			if (step.getEndTime() == null) {
				current.add(step.getActivityId());
			}
			else if (!step.isCanceled()) {
				done.add(step.getActivityId());
			}
		}
		done.removeAll(current);
		BpmnModelInstance parsed = this.parsedModels.computeIfAbsent(instance.getProcessDefinitionId(),
				this.repository::getBpmnModelInstance);
		return new ProcessTrail(instance.getProcessDefinitionKey(), instance.getId(), model(instance.getProcessDefinitionId()),
				PassThroughSteps.completed(parsed, instance.getStartActivityId(), List.copyOf(done), current), List.copyOf(current));
	}

	private String model(String processDefinitionId) {
		return this.models.computeIfAbsent(processDefinitionId, id -> {
			try (InputStream xml = this.repository.getProcessModel(id)) {
				return new String(xml.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException unreadable) {
				throw new UncheckedIOException(unreadable);
			}
		});
	}

}
