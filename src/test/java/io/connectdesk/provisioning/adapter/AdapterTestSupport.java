package io.connectdesk.provisioning.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.journey.ApiTestSupport;
import io.connectdesk.provisioning.ProvisioningRequest;

/** The running application, a customer of its own, and a look into the repositories the adapters write. */
abstract class AdapterTestSupport extends ApiTestSupport {

	@Autowired
	GitRepositories repositories;

	@Autowired
	AdapterSettings settings;

	/** A customer's stable short name, as the provisioning process passes it. */
	static String shortName(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static ProvisioningRequest request(String ticket, Long customerId, String customer, String component, String environment,
			Map<String, Object> parameters) {
		return new ProvisioningRequest(ticket, customerId, customer, component, environment, parameters);
	}

	/** The messages of the commits on main, newest first. */
	List<String> history(String repositoryPath) {
		try (Repository repository = this.repositories.open(repositoryPath).orElseThrow(); RevWalk walk = new RevWalk(repository)) {
			List<String> messages = new ArrayList<>();
			var head = repository.resolve(GitCommits.BRANCH);
			if (head == null) {
				return messages;
			}
			walk.markStart(walk.parseCommit(head));
			for (RevCommit commit : walk) {
				messages.add(commit.getFullMessage());
			}
			return messages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
