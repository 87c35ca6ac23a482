package io.connectdesk.queue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The queue views' SQL with literal values, for EXPLAIN ANALYZE in the queue benchmark. */
public final class QueuePlans {

	private QueuePlans() {
	}

	public static String sql(QueueFilter filter, Long userId, List<String> componentKeys, Instant horizon, int size) {
		return QueueRows.sql(filter, componentKeys != null)
			.replace(":limit", Integer.toString(size + 1))
			.replace(":offset", "0")
			.replace(":inner", Integer.toString(size + 1))
			.replace(":me", String.valueOf(userId))
			.replace(":customer", String.valueOf(filter.customerId()))
			.replace(":type", filter.type() == null ? "null" : "'" + filter.type().name() + "'")
			.replace(":keys", componentKeys == null ? "null"
					: componentKeys.stream().map(key -> "'" + key + "'").collect(Collectors.joining(", ")))
			.replace(":horizon", "timestamp with time zone '"
					+ horizon.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx")) + "'");
	}

}
