package io.connectdesk.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxNoticeRepository extends JpaRepository<OutboxNotice, Long> {

	/**
	 * The first {@code limit} due notices, the longest due first. Ordered as the due index ({@code status,
	 * next_attempt_at}) so that the database reads only those from it: ordered by id, H2 read every due notice
	 * and sorted them, for each batch of a backlog.
	 */
	@Query("select n.id from OutboxNotice n where n.status = :status and n.nextAttemptAt <= :now order by n.status, n.nextAttemptAt")
	List<Long> findDue(NoticeStatus status, Instant now, Limit limit);

	/**
	 * Takes a due notice for this instance until {@code leaseUntil}: 1 when this instance got it, 0
	 * when another one was first (the row lock serializes the two updates; the loser's condition no
	 * longer holds).
	 */
	@Modifying
	@Query("""
			update OutboxNotice n set n.nextAttemptAt = :leaseUntil, n.attempts = n.attempts + 1
			where n.id = :id and n.status = :status and n.nextAttemptAt <= :now""")
	int claim(Long id, NoticeStatus status, Instant now, Instant leaseUntil);

	/**
	 * {@link #claim} for a batch in one statement: takes those of the notices that are still due, marking
	 * them with this claim's token; {@link #findClaimed} then reads the ones this instance got. A second
	 * instance's update waits for the first one's row locks and, once they are released, finds the
	 * condition no longer true for the rows the first took (as {@link #claim} does per row).
	 * <p>
	 * The rows are found by their ids; the status (compared as text, {@code status} being the {@link NoticeStatus}'s
	 * name) and the due time are only checked. Compared as the column, they let H2 plan the update on the due index
	 * (when the outbox is small, and in a bench's backlog on its estimates), which walks every due notice for each
	 * batch: the notice sender's largest cost in a profile of filing.
	 */
	@Modifying
	@Query("""
			update OutboxNotice n set n.nextAttemptAt = :leaseUntil, n.attempts = n.attempts + 1, n.claimToken = :token
			where n.id in :ids and cast(n.status as String) = :status and n.nextAttemptAt <= :now""")
	int claimAll(Collection<Long> ids, String status, Instant now, Instant leaseUntil, String token);

	/** The notices of {@code ids} that the claim with this token took. */
	@Query("select n from OutboxNotice n where n.id in :ids and n.claimToken = :token order by n.id")
	List<OutboxNotice> findClaimed(Collection<Long> ids, String token);

	@Modifying
	@Query("update OutboxNotice n set n.status = :status, n.sentAt = :sentAt, n.lastError = null where n.id in :ids")
	int markSent(Collection<Long> ids, NoticeStatus status, Instant sentAt);

	@Modifying
	@Query("update OutboxNotice n set n.nextAttemptAt = :next, n.lastError = :error where n.id = :id")
	int reschedule(Long id, Instant next, String error);

	@Modifying
	@Query("update OutboxNotice n set n.status = :status, n.lastError = :error where n.id = :id")
	int giveUp(Long id, NoticeStatus status, String error);

	long countByStatus(NoticeStatus status);

	List<OutboxNotice> findByTicketIdOrderByCreatedAtAscIdAsc(String ticketId);

}
