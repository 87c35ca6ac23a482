package io.connectdesk.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the embedded H2 file is kept compact ({@code connectdesk.database.compaction.*}, docs/filing-performance.md,
 * section 12). The interval between two runs is read by {@code @Scheduled}: {@code
 * connectdesk.database.compaction.interval}.
 *
 * @param enabled false: the file is never compacted while the application runs (it grows by what is written)
 * @param targetFillRate the share of the chunks' bytes that must be live (percent); below it a run compacts
 * @param stepWrite the live bytes one step may move: it holds H2's store lock, which every commit needs, for as long
 * as moving them takes
 * @param runLimit how long one run may go on with further steps (each step releases the lock, and waiting commits
 * take it first)
 * @param slowStep a step that takes longer is logged at WARN with its duration
 */
@ConfigurationProperties("connectdesk.database.compaction")
record CompactionSettings(@DefaultValue("true") boolean enabled, @DefaultValue("70") int targetFillRate,
		@DefaultValue("512KB") DataSize stepWrite, @DefaultValue("PT2S") Duration runLimit,
		@DefaultValue("PT0.1S") Duration slowStep) {

	CompactionSettings {
		if (targetFillRate < 1 || targetFillRate > 99) {
			throw new IllegalArgumentException("connectdesk.database.compaction.target-fill-rate must be 1-99, not "
					+ targetFillRate);
		}
		if (stepWrite.toBytes() < 1 || stepWrite.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("connectdesk.database.compaction.step-write must be 1B-2GB, not "
					+ stepWrite);
		}
	}

}
