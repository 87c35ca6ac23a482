package io.connectdesk.provisioning.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import io.connectdesk.cluster.ClusterLock;
import io.connectdesk.common.InvalidInputException;

/**
 * The bare Git repositories under the data directory, one folder per customer:
 * {@code git/<customer>/<name>.git}. Creating one that exists returns it as it is. The directory is
 * shared by every node (in production a shared volume); writes take a cluster lock per repository.
 */
@Component
class GitRepositories {

	/** Safe in a path and a URL: no dots at the start, no slashes. */
	static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");

	private final Path root;

	private final ClusterLock cluster;

	GitRepositories(AdapterSettings settings, ClusterLock cluster) {
		this.root = settings.gitDir().toAbsolutePath().normalize();
		this.cluster = cluster;
	}

	/** The repository's path as URLs and access rules name it: {@code <customer>/<name>}. */
	static String path(String customer, String name) {
		require("customer", customer);
		require("repositoryName", name);
		return customer + "/" + name;
	}

	/** @return whether it was created now */
	boolean ensure(String path) {
		return exclusively(path, () -> {
			Path dir = directory(path);
			if (exists(path)) {
				return false;
			}
			try (Repository repository = FileRepositoryBuilder.create(dir.toFile())) {
				repository.create(true);
				repository.updateRef(Constants.HEAD).link(Constants.R_HEADS + "main");
				return true;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create " + dir, ex);
			}
		});
	}

	boolean exists(String path) {
		return RepositoryCache.FileKey.isGitRepository(directory(path).toFile(), FS.DETECTED);
	}

	/** Opens an existing repository; the caller closes it. */
	Optional<Repository> open(String path) {
		if (!exists(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(new FileRepositoryBuilder().setGitDir(directory(path).toFile()).setMustExist(true).build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes the repository and its history. */
	void delete(String path) {
		exclusively(path, () -> {
			try {
				return FileSystemUtils.deleteRecursively(directory(path));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/**
	 * Runs a write to the repository while no other node (or thread) writes to it: a database lock,
	 * since the repositories live in a directory that every node shares.
	 */
	<T> T exclusively(String path, Supplier<T> write) {
		return this.cluster.exclusively("git:" + path, write);
	}

	Path directory(String path) {
		Path dir = this.root.resolve(path + ".git").normalize();
		if (!dir.startsWith(this.root)) {
			throw new IllegalArgumentException("Not a repository path: " + path);
		}
		return dir;
	}

	/** The repository path a URL names, if it is a well-formed one: {@code <customer>/<name>.git}. */
	static Optional<String> pathOf(String urlName) {
		String trimmed = urlName.startsWith("/") ? urlName.substring(1) : urlName;
		if (!trimmed.endsWith(".git")) {
			return Optional.empty();
		}
		String[] parts = trimmed.substring(0, trimmed.length() - 4).split("/", -1);
		if (parts.length != 2 || !NAME.matcher(parts[0]).matches() || !NAME.matcher(parts[1]).matches()) {
			return Optional.empty();
		}
		return Optional.of(parts[0] + "/" + parts[1]);
	}

	private static void require(String field, String value) {
		if (value == null || !NAME.matcher(value).matches()) {
			throw InvalidInputException.of(field, "Use lower-case letters, digits, '-' and '_' (at most 100), not: " + value);
		}
	}

}
