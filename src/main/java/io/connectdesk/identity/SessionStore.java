package io.connectdesk.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The database-backed sessions (Spring Session JDBC) with two fewer statements per request (issue 13):
 * <ul>
 * <li>A session's last access is written only when it moved by more than {@link #TOUCH_INTERVAL}: Spring
 * Session updates the session row on every request just to move it (a write and, on the durable H2 default,
 * a commit to the file per API call). A session with an 8-hour timeout may so end up to one interval early.
 * A change of attributes, of the id or of the timeout is written as before.</li>
 * <li>The session just saved is handed back once when the same request asks for it right after saving it
 * (Spring Session's filter reads it again to check the requested id is still valid, after every request),
 * instead of reading and deserializing it a second time. {@link #endOfRequest()} forgets it whatever
 * happened, so it never outlives its request.</li>
 * </ul>
 */
@SuppressWarnings({ "rawtypes", "unchecked" })
class SessionStore implements FindByIndexNameSessionRepository<Session>, DisposableBean {

	/** How far a session's last access may move before it is written; far below the session timeout. */
	static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

	private static final ThreadLocal<Session> JUST_SAVED = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository delegate;

	SessionStore(FindByIndexNameSessionRepository<?> delegate) {
		this.delegate = delegate;
	}

	/** Called by the filter that wraps Spring Session's, after each request. */
	static void endOfRequest() {
		JUST_SAVED.remove();
	}

	@Override
	public Session createSession() {
		return new LazyTouch(this.delegate.createSession());
	}

	@Override
	public void save(Session session) {
		Session stored = session instanceof LazyTouch lazy ? lazy.stored : session;
		this.delegate.save(stored);
		JUST_SAVED.set(session);
	}

	@Override
	public Session findById(String id) {
		Session saved = JUST_SAVED.get();
		JUST_SAVED.remove();
		if (saved != null && saved.getId().equals(id)) {
			return saved;
		}
		Session found = this.delegate.findById(id);
		return found == null ? null : new LazyTouch(found);
	}

	@Override
	public void deleteById(String id) {
		JUST_SAVED.remove();
		this.delegate.deleteById(id);
	}

	@Override
	public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, Session> found = new LinkedHashMap<>();
		((Map<String, Session>) this.delegate.findByIndexNameAndIndexValue(indexName, indexValue))
			.forEach((id, session) -> found.put(id, new LazyTouch(session)));
		return found;
	}

	@Override
	public void destroy() throws Exception {
		if (this.delegate instanceof DisposableBean disposable) {
			disposable.destroy();
		}
	}

	/** A stored session whose last access moves only by more than {@link #TOUCH_INTERVAL}. */
	private static final class LazyTouch implements Session {

		private final Session stored;

		LazyTouch(Session stored) {
			this.stored = stored;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.stored.getLastAccessedTime(), lastAccessedTime).compareTo(TOUCH_INTERVAL) > 0) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
