package io.connectdesk.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import io.connectdesk.common.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmailIgnoreCase(String email);

	/** The languages of the accounts with these e-mail addresses (given in lower case): [lower-case e-mail, language tag] pairs. */
	@Query("select lower(a.email), a.locale from UserAccount a where lower(a.email) in :emails")
	List<Object[]> findLocalesByLowerEmail(Collection<String> emails);

	/** Names only: loading the accounts would read each one's roles (eager) with a statement of its own. */
	@Query("select new io.connectdesk.identity.Person(a.id, a.email, a.displayName) from UserAccount a where a.id in :ids")
	List<Person> findPeople(Collection<Long> ids);

	@Query("select a.email from UserAccount a where a.id = :id")
	Optional<String> findEmailById(Long id);

	List<UserAccount> findByCustomerIdOrderByDisplayName(Long customerId);

	@Query("select a from UserAccount a where :role member of a.roles and a.customerId is null and a.enabled = true order by a.displayName")
	List<UserAccount> findStaffWithRole(Role role);

}
