package io.connectdesk.provisioning.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEditor.DeletePath;
import org.eclipse.jgit.dircache.DirCacheEditor.PathEdit;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.springframework.stereotype.Component;

/**
 * Commits files straight into a bare repository's {@code main} branch (no working tree). A commit
 * that would change nothing is not made, so a retried change leaves one commit, not two.
 */
@Component
class GitCommits {

	static final String BRANCH = Constants.R_HEADS + "main";

	private final GitRepositories repositories;

	private final Clock clock;

	GitCommits(GitRepositories repositories, Clock clock) {
		this.repositories = repositories;
		this.clock = clock;
	}

	/**
	 * @param files path in the repository to its new content; {@code null} content removes the file
	 * @return the new commit, or empty when the tree already was like that
	 */
	Optional<String> commit(String path, Map<String, String> files, String message) {
		return this.repositories.exclusively(path, () -> commitNow(path, files, message));
	}

	private Optional<String> commitNow(String path, Map<String, String> files, String message) {
		try (Repository repository = this.repositories.open(path).orElseThrow(() -> new IllegalStateException("No repository " + path));
				ObjectInserter inserter = repository.newObjectInserter();
				RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve(BRANCH);
			DirCache index = DirCache.newInCore();
			DirCacheBuilder builder = index.builder();
			if (head != null) {
				try (var reader = repository.newObjectReader()) {
					builder.addTree(new byte[0], 0, reader, walk.parseCommit(head).getTree());
				}
			}
			builder.finish();
			DirCacheEditor editor = index.editor();
			files.forEach((file, content) -> editor.add(content == null ? new DeletePath(file) : write(inserter, file, content)));
			editor.finish();
			ObjectId tree = index.writeTree(inserter);
			if (head != null && walk.parseCommit(head).getTree().getId().equals(tree)) {
				return Optional.empty();
			}
			if (head == null && index.getEntryCount() == 0) {
				return Optional.empty();
			}
			ObjectId commit = inserter.insert(commitOf(tree, head, message));
			inserter.flush();
			RefUpdate update = repository.updateRef(BRANCH);
			update.setNewObjectId(commit);
			update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
			update.setRefLogMessage("commit: " + message, false);
			RefUpdate.Result result = update.update();
			if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
				throw new IllegalStateException("Cannot move " + BRANCH + " of " + path + ": " + result);
			}
			return Optional.of(commit.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file's content on {@code main}, if it is there. */
	Optional<String> read(String path, String file) {
		Optional<Repository> opened = this.repositories.open(path);
		if (opened.isEmpty()) {
			return Optional.empty();
		}
		try (Repository repository = opened.get(); RevWalk walk = new RevWalk(repository)) {
			ObjectId head = repository.resolve(BRANCH);
			if (head == null) {
				return Optional.empty();
			}
			RevCommit commit = walk.parseCommit(head);
			try (TreeWalk found = TreeWalk.forPath(repository, file, commit.getTree())) {
				if (found == null) {
					return Optional.empty();
				}
				return Optional.of(new String(repository.open(found.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PathEdit write(ObjectInserter inserter, String file, String content) {
		try {
			ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content.getBytes(StandardCharsets.UTF_8));
			return new PathEdit(file) {

				@Override
				public void apply(DirCacheEntry entry) {
					entry.setFileMode(FileMode.REGULAR_FILE);
					entry.setObjectId(blob);
				}

			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CommitBuilder commitOf(ObjectId tree, ObjectId parent, String message) {
		PersonIdent author = new PersonIdent("Connect Desk", "provisioning@connectdesk.example", this.clock.instant(),
				ZoneOffset.UTC);
		CommitBuilder commit = new CommitBuilder();
		commit.setTreeId(tree);
		if (parent != null) {
			commit.setParentId(parent);
		}
		commit.setAuthor(author);
		commit.setCommitter(author);
		commit.setMessage(message);
		return commit;
	}

}
