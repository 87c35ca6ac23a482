package io.connectdesk.provisioning.adapter;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.provisioning.ProvisioningAdapter;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * {@code infra-config}: the declarative configuration the platform applies, one validated YAML
 * file per component and environment ({@code environments/<env>/<component>.yaml}) in the customer's
 * infrastructure repository ({@code <customer>/infrastructure}). Each provision, change and removal
 * is one commit naming the ticket: the history is the audit trail. Generated secrets are stored
 * encrypted and appear in the file only as {@code secretRef} ids.
 */
@Component
class InfraConfigAdapter implements ProvisioningAdapter {

	static final String KIND = "infra-config";

	static final String REPOSITORY = "infrastructure";

	private final GitRepositories repositories;

	private final GitCommits commits;

	private final ComponentRecords records;

	private final Secrets secrets;

	InfraConfigAdapter(GitRepositories repositories, GitCommits commits, ComponentRecords records, Secrets secrets) {
		this.repositories = repositories;
		this.commits = commits;
		this.records = records;
		this.secrets = secrets;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional
	public ProvisioningResult provision(ProvisioningRequest request) {
		return this.records.existing(request).orElseGet(() -> this.records.created(request, KIND, write(request, "provision")));
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		return this.records.changed(request, KIND, write(request, "change"));
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		String repository = repositoryOf(request);
		if (this.repositories.exists(repository)) {
			Map<String, String> removal = new HashMap<>();
			removal.put(fileOf(request), null);
			this.commits.commit(repository, removal, message(request, "remove"));
		}
		this.secrets.removeAll(request);
		this.records.removed(request);
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.records.existing(request).isPresent() && this.commits.read(repositoryOf(request), fileOf(request)).isPresent();
	}

	private Map<String, String> write(ProvisioningRequest request, String verb) {
		Map<String, Object> settings = InfraSpecs.validated(request.componentKey(), Parameters.of(request));
		String repository = repositoryOf(request);
		String file = fileOf(request);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("component", request.componentKey());
		document.put("environment", request.environmentKey());
		document.put("customer", request.customer());
		document.put("ticket", request.ticketId());
		document.put("settings", settings);
		Map<String, Object> secretRefs = new LinkedHashMap<>();
		InfraSpecs.of(request.componentKey())
			.map(InfraSpecs.Spec::secrets)
			.orElse(List.of())
			.forEach(name -> secretRefs.put(name, Map.of("secretRef", this.secrets.generated(request, name))));
		if (!secretRefs.isEmpty()) {
			document.put("secrets", secretRefs);
		}
		this.repositories.ensure(repository);
		String commit = this.commits.commit(repository, Map.of(file, yaml(document)), message(request, verb)).orElse("unchanged");
		Map<String, String> outputs = new LinkedHashMap<>();
		outputs.put("repository", repository);
		outputs.put("file", file);
		outputs.put("commit", commit);
		secretRefs.forEach((name, ref) -> outputs.put(name + "Ref", ((Map<?, ?>) ref).get("secretRef").toString()));
		return outputs;
	}

	static String repositoryOf(ProvisioningRequest request) {
		return GitRepositories.path(request.customer(), REPOSITORY);
	}

	static String fileOf(ProvisioningRequest request) {
		if (!GitRepositories.NAME.matcher(request.environmentKey()).matches()) {
			throw InvalidInputException.of("environmentKey", "Not an environment key: " + request.environmentKey());
		}
		if (!GitRepositories.NAME.matcher(request.componentKey()).matches()) {
			throw InvalidInputException.of("componentKey", "Not a component key: " + request.componentKey());
		}
		return "environments/" + request.environmentKey() + "/" + request.componentKey() + ".yaml";
	}

	private static String message(ProvisioningRequest request, String verb) {
		return request.ticketId() + ": " + verb + " " + request.componentKey() + " in " + request.environmentKey()
				+ "\n\nProvisioning key: " + request.key() + "\n";
	}

	private static String yaml(Map<String, Object> document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		return "# Managed by Connect Desk: changes come through a ticket.\n" + new Yaml(options).dump(document);
	}

}
