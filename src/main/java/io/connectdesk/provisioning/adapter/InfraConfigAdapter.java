package io.connectdesk.provisioning.adapter;

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

	private final CommittedFiles files;

	private final Secrets secrets;

	InfraConfigAdapter(CommittedFiles files, Secrets secrets) {
		this.files = files;
		this.secrets = secrets;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional
	public ProvisioningResult provision(ProvisioningRequest request) {
		return this.files.provision(request, KIND, () -> write(request, "provision"));
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		return this.files.change(request, KIND, write(request, "change"));
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		this.files.remove(request, target(request));
		this.secrets.removeAll(request);
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.files.verify(request, target(request));
	}

	private Map<String, String> write(ProvisioningRequest request, String verb) {
		Map<String, Object> settings = InfraSpecs.validated(request.componentKey(), Parameters.of(request));
		CommittedFiles.Target target = target(request);
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
		Map<String, String> outputs = this.files.commit(request, target, yaml(document), verb);
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

	private static CommittedFiles.Target target(ProvisioningRequest request) {
		return new CommittedFiles.Target(repositoryOf(request), fileOf(request),
				request.componentKey() + " in " + request.environmentKey());
	}

	private static String yaml(Map<String, Object> document) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setIndent(2);
		return "# Managed by Connect Desk: changes come through a ticket.\n" + new Yaml(options).dump(document);
	}

}
