package io.connectdesk.approval;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SubstitutionRepository extends JpaRepository<Substitution, Long> {

	List<Substitution> findBySubstituteId(Long substituteId);

	List<Substitution> findByApproverIdOrderByStartsOnAsc(Long approverId);

	List<Substitution> findByCustomerId(Long customerId);

}
