package io.connectdesk.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	List<ApprovalRequest> findByCustomerIdAndStatusOrderByRequestedAtAsc(Long customerId, ApprovalStatus status);

	/**
	 * How many of the customer's pending requests wait for that person: not their own, not yet decided by them.
	 * One count for the header's badge on every page an approver opens.
	 */
	@Query("select count(r) from ApprovalRequest r where r.customerId = :customerId and r.status = :pending"
			+ " and r.requesterId <> :person and not exists"
			+ " (select d.id from ApprovalDecision d where d.requestId = r.id and d.decidedBy = :person)")
	long countWaitingFor(Long customerId, Long person, ApprovalStatus pending);

	/** The ticket's latest request: a ticket asks for approval once per acceptance. */
	Optional<ApprovalRequest> findFirstByTicketIdIgnoreCaseOrderByIdDesc(String ticketId);

}
