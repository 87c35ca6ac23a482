package io.connectdesk.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalDecisionRepository extends JpaRepository<ApprovalDecision, Long> {

	List<ApprovalDecision> findByRequestIdOrderByDecidedAtAscIdAsc(Long requestId);

}
