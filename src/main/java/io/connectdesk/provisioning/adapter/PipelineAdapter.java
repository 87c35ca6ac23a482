package io.connectdesk.provisioning.adapter;

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

	private final CommittedFiles files;

	private final AdapterSettings settings;

	PipelineAdapter(CommittedFiles files, AdapterSettings settings) {
		this.files = files;
		this.settings = settings;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional
	public ProvisioningResult provision(ProvisioningRequest request) {
		return this.files.provision(request, KIND, () -> write(request, "add"));
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		return this.files.change(request, KIND, write(request, "change"));
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		this.files.remove(request, Pipeline.of(request).target());
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.files.verify(request, Pipeline.of(request).target());
	}

	private Map<String, String> write(ProvisioningRequest request, String verb) {
		Pipeline pipeline = Pipeline.of(request);
		Map<String, String> outputs = this.files.commit(request, pipeline.target(), pipeline.yaml(), verb);
		outputs.put("cloneUrl", GitRepositoryAdapter.cloneUrl(this.settings, pipeline.repository()));
		return outputs;
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

		CommittedFiles.Target target() {
			return new CommittedFiles.Target(this.repository, file(), "the " + this.type + " pipeline " + this.name);
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
