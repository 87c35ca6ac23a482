package io.connectdesk.database;

import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the H2 file's compaction every {@code connectdesk.database.compaction.interval} (30 s). Per node, without the
 * cluster's lock: an H2 file is one node's database by definition (a cluster runs on PostgreSQL, where this finds no
 * file store and does nothing, as on H2 in memory). Which database it is is decided once, on the first run.
 */
@Component
class FileCompactionSchedule {

	private static final Logger log = LoggerFactory.getLogger(FileCompactionSchedule.class);

	private final DataSource dataSource;

	private final CompactionSettings settings;

	/** Null until the first run has looked. */
	private Optional<FileCompaction> compaction;

	FileCompactionSchedule(DataSource dataSource, CompactionSettings settings) {
		this.dataSource = dataSource;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${connectdesk.database.compaction.interval:PT30S}",
			initialDelayString = "${connectdesk.database.compaction.interval:PT30S}")
	void compact() {
		if (!this.settings.enabled()) {
			return;
		}
		try {
			if (this.compaction == null) {
				this.compaction = FileCompaction.of(this.dataSource, this.settings);
			}
			this.compaction.ifPresent(FileCompaction::run);
		}
		catch (SQLException | RuntimeException ex) { // tried again at the next run
			log.warn("Compacting the database file failed: {}", ex.toString());
		}
	}

}
