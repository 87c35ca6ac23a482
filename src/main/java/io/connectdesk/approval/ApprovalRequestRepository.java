package io.connectdesk.approval;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalRequestRepository extends JpaRepository<ApprovalRequest, Long> {

	List<ApprovalRequest> findByCustomerIdAndStatusOrderByRequestedAtAsc(Long customerId, ApprovalStatus status);

	/** The ticket's latest request: a ticket asks for approval once per acceptance. */
	Optional<ApprovalRequest> findFirstByTicketIdIgnoreCaseOrderByIdDesc(String ticketId);

}
