package io.connectdesk.provisioning.adapter;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.provisioning.ProvisioningAdapter;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * {@code git-repository}: a bare repository per customer and {@code repositoryName}, served at
 * {@code /git/<customer>/<name>.git} to the e-mails in {@code developers}, each with their own Git
 * token. Outputs name the clone URL and how to get a token, never a token.
 */
@Component
class GitRepositoryAdapter implements ProvisioningAdapter {

	static final String KIND = "git-repository";

	private final GitRepositories repositories;

	private final GitAccess access;

	private final ComponentRecords records;

	private final AdapterSettings settings;

	GitRepositoryAdapter(GitRepositories repositories, GitAccess access, ComponentRecords records, AdapterSettings settings) {
		this.repositories = repositories;
		this.access = access;
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
		return this.records.existing(request).orElseGet(() -> {
			String path = pathOf(request);
			List<String> developers = developers(request);
			this.repositories.ensure(path);
			this.access.allowOnly(path, developers);
			return this.records.created(request, KIND, outputs(path, developers));
		});
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		String path = pathOf(request);
		List<String> developers = developers(request);
		this.repositories.ensure(path);
		this.access.allowOnly(path, developers);
		return this.records.changed(request, KIND, outputs(path, developers));
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		String path = pathOf(request);
		this.access.forget(path);
		this.records.removed(request);
		this.repositories.delete(path);
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.records.existing(request).isPresent() && this.repositories.exists(pathOf(request));
	}

	static String pathOf(ProvisioningRequest request) {
		return GitRepositories.path(request.customer(), Parameters.of(request).text("repositoryName", request.componentKey()));
	}

	private static List<String> developers(ProvisioningRequest request) {
		List<String> developers = Parameters.of(request).texts("developers");
		for (int index = 0; index < developers.size(); index++) {
			if (!developers.get(index).matches("[^@\\s]+@[^@\\s]+")) {
				throw InvalidInputException.of("developers[" + index + "]", "Not an e-mail address");
			}
		}
		return developers;
	}

	private Map<String, String> outputs(String path, List<String> developers) {
		return Map.of("repository", path, "cloneUrl", cloneUrl(this.settings, path), "developers", String.join(",", developers),
				"token", "each developer gets their own: GET /api/v1/git/token");
	}

	static String cloneUrl(AdapterSettings settings, String path) {
		return settings.gitBaseUrl() + GitHttp.PREFIX + "/" + path + ".git";
	}

}
