package io.connectdesk.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compaction of an H2 file store in short steps. H2 frees a chunk of its file only once none of its pages is live,
 * and with its own housekeeping off ({@code AUTO_COMPACT_FILL_RATE=0}) nearly every chunk keeps one: the file grows
 * by what is written. A step asks H2 to move the live pages of its emptiest old chunks ({@link MVStore#compact}: it
 * only marks them changed, under the store lock) and then stores them ({@link MVStore#commit}) on this thread, so no
 * waiting commit pays for writing them. The chunks they left are freed by a later store once H2's retention time
 * (45 s) has passed since they were written, and new chunks are written into the freed space: the file stops growing
 * (it does not shrink while open). Moving a page writes it again; nothing that was stored is lost or overwritten
 * before a newer store holds it (docs/filing-performance.md, section 12).
 */
final class FileCompaction {

	private static final Logger log = LoggerFactory.getLogger(FileCompaction.class);

	private final MVStore store;

	private final CompactionSettings settings;

	FileCompaction(MVStore store, CompactionSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	/** The compaction of the data source's database: none unless it is an embedded H2 file database one can write. */
	static Optional<FileCompaction> of(DataSource dataSource, CompactionSettings settings) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			MVStore store = GroupCommitDataSource.storeOf(connection);
			boolean file = store != null && store.getFileStore() != null && !store.getFileStore().isReadOnly();
			return file ? Optional.of(new FileCompaction(store, settings)) : Optional.empty();
		}
	}

	/**
	 * Steps until the live share reaches the target, a step finds nothing to move (the rest of the dead space is in
	 * chunks younger than the retention time) or the run's time is up. Each step's {@link MVStore#compact} compares
	 * the live share with the target itself (a walk over every chunk), so the loop does not ask it again.
	 *
	 * @return the steps that moved pages
	 */
	int run() {
		long end = System.nanoTime() + this.settings.runLimit().toNanos();
		int steps = 0;
		while (!this.store.isClosed() && step()) {
			steps++;
			if (System.nanoTime() - end >= 0) {
				break;
			}
		}
		return steps;
	}

	/** The live share of the bytes in the file's chunks, in percent (chunks younger than the retention time count). */
	int liveShare() {
		return this.store.getFileStore().getChunksFillRate();
	}

	/** The file's size in bytes. */
	long size() {
		return this.store.getFileStore().size();
	}

	/**
	 * Moves at most the step's budget of live pages out of sparse chunks and stores them; false if none moved, also
	 * when the live share is already at the target.
	 */
	boolean step() {
		long start = System.nanoTime();
		boolean moved = this.store.compact(this.settings.targetFillRate(), (int) this.settings.stepWrite().toBytes());
		if (moved) {
			this.store.commit();
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (millis > this.settings.slowStep().toMillis()) {
			log.warn("Compacting the database file: a step took {} ms (moving at most {}, live share now {} %)",
					millis, this.settings.stepWrite(), liveShare());
		}
		return moved;
	}

}
