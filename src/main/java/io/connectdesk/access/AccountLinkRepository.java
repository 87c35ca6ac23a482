package io.connectdesk.access;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountLinkRepository extends JpaRepository<AccountLink, String> {

	/** Marks the link used if it still works; 1 if this call used it, 0 if it was used, expired or unknown. */
	@Modifying
	@Query("update AccountLink l set l.usedAt = :now where l.tokenHash = :hash and l.purpose = :purpose "
			+ "and l.usedAt is null and l.expiresAt > :now")
	int use(String hash, LinkPurpose purpose, Instant now);

	/** A newer link replaces the person's earlier ones. */
	@Modifying
	@Query("update AccountLink l set l.usedAt = :now where l.userId = :userId and l.purpose = :purpose and l.usedAt is null")
	int retire(Long userId, LinkPurpose purpose, Instant now);

}
