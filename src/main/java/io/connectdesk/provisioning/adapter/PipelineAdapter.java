package io.connectdesk.provisioning.adapter;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.provisioning.ProvisioningAdapter;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * {@code pipeline}: {@code .pipeline/<name>.yaml}, the build, test and deploy stages of a widget
 * (micro frontend) or a microservice, committed into the customer's repository {@code repositoryName}
 * (created if it is not there yet). The commit message names the ticket.
 */
@Component
class PipelineAdapter implements ProvisioningAdapter {

	static final String KIND = "pipeline";

	private static final Set<String> TYPES = Set.of("widget", "microservice");

	private final GitRepositories repositories;

	private final GitCommits commits;

	private final ComponentRecords records;

	private final AdapterSettings settings;

	PipelineAdapter(GitRepositories repositories, GitCommits commits, ComponentRecords records, AdapterSettings settings) {
		this.repositories = repositories;
		this.commits = commits;
		this.records = records;
		this.settings = settings;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional
	public ProvisioningResult provision(ProvisioningRequest request) {
		return this.records.existing(request).orElseGet(() -> this.records.created(request, KIND, write(request, "add")));
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		return this.records.changed(request, KIND, write(request, "change"));
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		Pipeline pipeline = Pipeline.of(request);
		if (this.repositories.exists(pipeline.repository())) {
			Map<String, String> removal = new HashMap<>();
			removal.put(pipeline.file(), null);
			this.commits.commit(pipeline.repository(), removal, message(request, "remove", pipeline));
		}
		this.records.removed(request);
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		Pipeline pipeline = Pipeline.of(request);
		return this.records.existing(request).isPresent() && this.commits.read(pipeline.repository(), pipeline.file()).isPresent();
	}

	private Map<String, String> write(ProvisioningRequest request, String verb) {
		Pipeline pipeline = Pipeline.of(request);
		this.repositories.ensure(pipeline.repository());
		String commit = this.commits.commit(pipeline.repository(), Map.of(pipeline.file(), pipeline.yaml()), message(request, verb, pipeline))
			.orElse("unchanged");
		return Map.of("repository", pipeline.repository(), "cloneUrl", GitRepositoryAdapter.cloneUrl(this.settings, pipeline.repository()),
				"file", pipeline.file(), "commit", commit);
	}

	private static String message(ProvisioningRequest request, String verb, Pipeline pipeline) {
		return request.ticketId() + ": " + verb + " the " + pipeline.type() + " pipeline " + pipeline.name() + "\n\nProvisioning key: "
				+ request.key() + "\n";
	}

	/** The pipeline a request describes. */
	record Pipeline(String repository, String name, String type) {

		static Pipeline of(ProvisioningRequest request) {
			Parameters parameters = Parameters.of(request);
			String repositoryName = parameters.text("repositoryName", null);
			if (repositoryName == null) {
				throw InvalidInputException.of("repositoryName", "Name the repository the pipeline goes into");
			}
			// The catalog's widget-pipeline names a widgetName, microservice-pipeline a serviceName.
			String name = parameters.text("widgetName", parameters.text("serviceName", parameters.text("name", repositoryName)));
			if (!GitRepositories.NAME.matcher(name).matches()) {
				throw InvalidInputException.of("name", "Use lower-case letters, digits, '-' and '_'");
			}
			String type = parameters.text("type", "widget-pipeline".equals(request.componentKey()) ? "widget" : "microservice");
			if (!TYPES.contains(type)) {
				throw InvalidInputException.of("type", "One of " + TYPES);
			}
			return new Pipeline(GitRepositories.path(request.customer(), repositoryName), name, type);
		}

		String file() {
			return ".pipeline/" + this.name + ".yaml";
		}

		String yaml() {
			boolean widget = "widget".equals(this.type);
			return """
					# Managed by Connect Desk: changes come through a ticket.
					pipeline: %s
					type: %s
					stages:
					  - name: build
					    run: %s
					  - name: test
					    run: %s
					  - name: deploy
					    target: %s
					    environments: [pre-production, production]
					    approval: production
					""".formatted(this.name, this.type, widget ? "npm ci && npm run build" : "./mvnw -B package -DskipTests",
					widget ? "npm test" : "./mvnw -B verify", widget ? "widget-cdn" : "container-service");
		}

	}

}
