package io.connectdesk.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;

/**
 * The queue's live state for its page's poll (docs/live-pages.md): each view's count, capped so that a count
 * reads at most {@link #CAP} index entries, and a stamp of the view shown. Read from the ticket table on every
 * poll, so every node of a cluster answers the same; no engine call.
 */
@Service
@Transactional(readOnly = true)
public class QueueCounts {

	/** Tab counts stop here ("99+"): enough to tell a busy queue, cheap at any size. */
	static final int CAP = 99;

	/** The rows of the shown view that the stamp covers: the page the SRE looks at, and one more. */
	private static final int STAMPED_ROWS = 21;

	private final QueueRows rows;

	private final CategoryKeys categories;

	private final QueueSettings settings;

	private final Clock clock;

	QueueCounts(QueueRows rows, CategoryKeys categories, QueueSettings settings, Clock clock) {
		this.rows = rows;
		this.categories = categories;
		this.settings = settings;
		this.clock = clock;
	}

	/** Only for the service's staff, as the queue. */
	public QueueLive live(Caller caller, QueueFilter filter) {
		if (!caller.isStaff()) {
			throw new ForbiddenException("staff-only", "The queue is for service staff");
		}
		List<String> keys = filter.category() == null ? null : this.categories.of(filter.category());
		Instant horizon = this.clock.instant().plus(this.settings.breachingHorizon());
		Map<QueueView, Integer> counts = new EnumMap<>(QueueView.class);
		StringBuilder state = new StringBuilder();
		for (QueueView view : QueueView.values()) {
			QueueFilter tab = new QueueFilter(view, filter.customerId(), filter.type(), filter.category());
			int count = keys != null && keys.isEmpty() ? 0 : this.rows.count(tab, caller.userId(), keys, horizon, CAP + 1);
			counts.put(view, Math.min(count, CAP));
			state.append(view).append(count).append(';');
		}
		if (keys == null || !keys.isEmpty()) {
			this.rows.find(filter, caller.userId(), keys, horizon, 0, STAMPED_ROWS).forEach(row -> state.append(row).append(';'));
		}
		return new QueueLive(counts, CAP, Integer.toHexString(state.toString().hashCode()));
	}

}
