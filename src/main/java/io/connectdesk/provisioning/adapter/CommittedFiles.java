package io.connectdesk.provisioning.adapter;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * What the adapters whose result is one file committed into a customer repository ({@code pipeline},
 * {@code infra-config}) do alike: commit it (creating the repository if missing) with a message naming the ticket
 * and the request's key, record the outputs on the request's key so a repeated provision commits nothing, commit
 * its removal, and verify it is there. The adapters say where the file goes and what it holds.
 */
@Component
class CommittedFiles {

	private final GitRepositories repositories;

	private final GitCommits commits;

	private final ComponentRecords records;

	CommittedFiles(GitRepositories repositories, GitCommits commits, ComponentRecords records) {
		this.repositories = repositories;
		this.commits = commits;
		this.records = records;
	}

	/** The first call commits and records {@code committed}'s outputs; a repeated one returns them and commits nothing. */
	ProvisioningResult provision(ProvisioningRequest request, String kind, Supplier<Map<String, String>> committed) {
		return this.records.existing(request).orElseGet(() -> this.records.created(request, kind, committed.get()));
	}

	/** A change's outputs replace the first call's. */
	ProvisioningResult change(ProvisioningRequest request, String kind, Map<String, String> committed) {
		return this.records.changed(request, kind, committed);
	}

	/**
	 * Commits the file's content into its repository, created if missing.
	 * @return {@code repository}, {@code file} and {@code commit} ({@code unchanged} when the file already held that),
	 * in that order, for the adapter to add to
	 */
	Map<String, String> commit(ProvisioningRequest request, Target target, String content, String verb) {
		this.repositories.ensure(target.repository());
		String commit = this.commits.commit(target.repository(), Map.of(target.file(), content), target.message(request, verb))
			.orElse("unchanged");
		Map<String, String> outputs = new LinkedHashMap<>();
		outputs.put("repository", target.repository());
		outputs.put("file", target.file());
		outputs.put("commit", commit);
		return outputs;
	}

	/** Commits the file's removal (when its repository is there) and forgets the record. */
	void remove(ProvisioningRequest request, Target target) {
		if (this.repositories.exists(target.repository())) {
			Map<String, String> removal = new HashMap<>();
			removal.put(target.file(), null);
			this.commits.commit(target.repository(), removal, target.message(request, "remove"));
		}
		this.records.removed(request);
	}

	/** Recorded, and the file is on the repository's main branch. */
	boolean verify(ProvisioningRequest request, Target target) {
		return this.records.existing(request).isPresent() && this.commits.read(target.repository(), target.file()).isPresent();
	}

	/**
	 * @param repository {@code <customer>/<name>}
	 * @param file its path in the repository
	 * @param subject what the commit messages say the file is, after the ticket and the verb
	 */
	record Target(String repository, String file, String subject) {

		String message(ProvisioningRequest request, String verb) {
			return request.ticketId() + ": " + verb + " " + this.subject + "\n\nProvisioning key: " + request.key() + "\n";
		}

	}

}
