package io.connectdesk.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.SplittableRandom;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Compaction on a real H2 file database with the default URL's options ({@code AUTO_COMPACT_FILL_RATE=0}: H2 itself
 * never rewrites a chunk) and a write delay of a minute, so every store is one of group commit's. Each commit files
 * a row at the right edge of the table and changes an older one, as filings do: most chunks keep a page or two that
 * no later commit rewrote, and H2 frees only chunks without any. H2's retention time (45 s in the application) is 0
 * here, so chunks may be moved and freed at once instead of 45 s after they were written.
 */
class FileCompactionTest {

	private static final int COMMITS_PER_ROUND = 400;

	private static final int LATER_ROUNDS = 3;

	private static final CompactionSettings SETTINGS = new CompactionSettings(true, 70, DataSize.ofKilobytes(256),
			Duration.ofSeconds(30), Duration.ofSeconds(1));

	@TempDir
	Path dir;

	private int filed;

	@Test
	void compactionFreesDeadChunksSoEqualLoadGrowsTheFileFarLessAndKeepsEveryAcknowledgedRow() throws Exception {
		long without = laterGrowth("without", false);
		long with = laterGrowth("with", true);
		System.out.printf("H2 file growth over %d rounds of %d commits after the first: %d KB without compaction, "
				+ "%d KB with%n", LATER_ROUNDS, COMMITS_PER_ROUND, without / 1024, with / 1024);
		assertThat(with).as("growth with compaction, against %d bytes without", without).isLessThan(without / 2);
	}

	/** How much the file grows over the later rounds, compacted between rounds or not. */
	private long laterGrowth(String name, boolean compacted) throws Exception {
		this.filed = 0;
		JdbcConnectionPool pool = JdbcConnectionPool.create(url(name), "sa", "");
		GroupCommitDataSource dataSource = new GroupCommitDataSource(pool, Duration.ZERO);
		FileCompaction compaction = compaction(dataSource);
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table filed (id int primary key, changes int not null, note varchar(400))");
			statement.execute("create index filed_changes on filed (changes)"); // entries move with each change
			statement.execute("create index filed_note on filed (note)");
		}
		fileRound(dataSource);
		if (compacted) {
			assertThat(compaction.liveShare()).as("live share of the chunks after a round without compaction")
				.isLessThan(SETTINGS.targetFillRate());
			int steps = compaction.run();
			assertThat(compaction.liveShare()).as("live share after a run of %d steps", steps)
				.isGreaterThanOrEqualTo(SETTINGS.targetFillRate());
			assertThat(compaction.run()).as("steps of a run that finds the chunks at the target").isZero();
		}
		long before = compaction.size();
		for (int round = 0; round < LATER_ROUNDS; round++) {
			fileRound(dataSource);
			if (compacted) {
				compaction.run(); // as the schedule does between rounds
			}
		}
		long growth = compaction.size() - before;
		pool.dispose();
		assertEveryAcknowledgedRowIsThere(name);
		return growth;
	}

	@Test
	void otherDatabasesHaveNothingToCompact() throws Exception {
		JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:compaction", "sa", "");
		assertThat(FileCompaction.of(new GroupCommitDataSource(pool, Duration.ZERO), SETTINGS)).isEmpty();
		pool.dispose();
	}

	private FileCompaction compaction(GroupCommitDataSource dataSource) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			GroupCommitDataSource.storeOf(connection).getFileStore().setRetentionTime(0);
		}
		return FileCompaction.of(dataSource, SETTINGS).orElseThrow();
	}

	/** Each commit files a new row and changes an older one, in one transaction. */
	private void fileRound(GroupCommitDataSource dataSource) throws Exception {
		for (int i = 0; i < COMMITS_PER_ROUND; i++) {
			int id = ++this.filed;
			try (Connection connection = dataSource.getConnection();
					PreparedStatement insert = connection.prepareStatement("insert into filed values (?, 0, ?)");
					PreparedStatement change = connection
						.prepareStatement("update filed set changes = changes + 1, note = ? where id = ?")) {
				connection.setAutoCommit(false);
				insert.setInt(1, id);
				insert.setString(2, note(id, 0));
				insert.executeUpdate();
				change.setString(1, note(id, 1));
				change.setInt(2, older(id));
				change.executeUpdate();
				connection.commit();
			}
		}
	}

	/** Every filed row, each changed as often as it was chosen, in the file opened again. */
	private void assertEveryAcknowledgedRowIsThere(String name) throws Exception {
		int[] changes = new int[this.filed + 1];
		for (int id = 1; id <= this.filed; id++) {
			changes[older(id)]++;
		}
		JdbcConnectionPool reopened = JdbcConnectionPool.create(url(name), "sa", "");
		int rows = 0;
		try (Connection connection = reopened.getConnection();
				ResultSet filed = connection.createStatement().executeQuery("select id, changes from filed")) {
			while (filed.next()) {
				rows++;
				assertThat(filed.getInt(2)).as("changes of row %d", filed.getInt(1)).isEqualTo(changes[filed.getInt(1)]);
			}
		}
		reopened.dispose();
		assertThat(rows).as("rows after reopening").isEqualTo(this.filed);
	}

	/** The older row a commit changes, spread over all filed before it (itself for the first). */
	private static int older(int id) {
		return id == 1 ? 1 : 1 + new SplittableRandom(id).nextInt(id - 1);
	}

	private static String note(int id, int change) {
		return ("ticket " + id + " change " + change + " ").repeat(8);
	}

	private String url(String name) {
		return "jdbc:h2:file:" + this.dir.toAbsolutePath().resolve(name).resolve("db")
				+ ";WRITE_DELAY=60000;AUTO_COMPACT_FILL_RATE=0";
	}

}
