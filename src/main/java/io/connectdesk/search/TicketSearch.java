package io.connectdesk.search;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.InvalidInputException;
import io.connectdesk.ticket.PageView;
import io.connectdesk.ticket.TicketFilter;
import io.connectdesk.ticket.TicketQueries;
import io.connectdesk.ticket.TicketSummary;

/**
 * Searches the tickets the caller may see, newest first, with the ticket list's filters. A page does not
 * count every hit (a common word matches most tickets): it says whether another page follows.
 */
@Service
@Transactional(readOnly = true)
public class TicketSearch {

	static final int MAX_TEXT = 200;

	private final JdbcClient jdbc;

	private final TicketQueries queries;

	private final boolean postgres;

	TicketSearch(JdbcClient jdbc, TicketQueries queries, DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		this.queries = queries;
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
	}

	/** @return a page of hits; {@code totalElements} counts up to one past this page when another follows */
	public PageView<TicketSummary> search(String text, TicketFilter filter, Caller caller, int page, int size) {
		if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
			throw InvalidInputException.of("q", "Search for a word or a few, at most " + MAX_TEXT + " characters");
		}
		SearchQuery query = SearchQuery.of(text.strip(), filter, caller, this.postgres, size + 1, page * size);
		if (this.postgres) {
			// Reused often, the search becomes a server-side prepared statement, and PostgreSQL then plans it once for
			// any word: a plan that cannot know whether the word is rare or common (a customer's common word took
			// 500 ms with it, 0.2 ms planned for the word). Planned for its words each time, in this transaction only.
			this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		}
		List<Long> ids = this.jdbc.sql(query.sql()).params(query.parameters()).query(Long.class).list();
		boolean more = ids.size() > size;
		List<TicketSummary> hits = this.queries.summaries(more ? ids.subList(0, size) : ids, caller);
		long seen = (long) page * size + ids.size();
		return new PageView<>(hits, page, size, seen, (int) ((seen + size - 1) / size));
	}

}
