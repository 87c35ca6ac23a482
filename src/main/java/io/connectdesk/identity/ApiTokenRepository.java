package io.connectdesk.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(Long userId);

	List<ApiToken> findByCustomerIdOrderByCreatedAtDescIdDesc(Long customerId);

	/** Writes a use unless another node wrote one within the last minute: one write per token per minute at most. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :notAfter)")
	int recordUse(Long id, Instant now, Instant notAfter);

}
