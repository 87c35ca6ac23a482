package io.connectdesk.identity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Role;

/** The people of a customer organization, their customer admins and approvers. */
@Service
public class Memberships {

	private final UserAccountRepository repository;

	Memberships(UserAccountRepository repository) {
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public List<Member> membersOf(Long customerId) {
		return this.repository.findByCustomerIdOrderByDisplayName(customerId).stream().map(Memberships::member).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Member> member(Long userId) {
		return this.repository.findById(userId).map(Memberships::member);
	}

	@Transactional(readOnly = true)
	public boolean isCustomerAdmin(Long userId) {
		return this.repository.findById(userId).filter(UserAccount::isCustomerAdmin).isPresent();
	}

	/** Grants or revokes the approver role; answers the member as they are then. */
	@Transactional
	public Member setApprover(Long userId, boolean approver) {
		UserAccount account = this.repository.findById(userId).orElseThrow();
		if (approver) {
			account.grant(Role.APPROVER);
		}
		else {
			account.revoke(Role.APPROVER);
		}
		return member(account);
	}

	/** Lets the person of that address mark the approvers of their customer. */
	@Transactional
	public void makeCustomerAdmin(String email) {
		this.repository.findByEmailIgnoreCase(email.toLowerCase(Locale.ROOT)).ifPresent(UserAccount::makeCustomerAdmin);
	}

	private static Member member(UserAccount account) {
		return new Member(account.getId(), account.getEmail(), account.getDisplayName(), account.getCustomerId(),
				account.getRoles(), account.isEnabled(), account.isCustomerAdmin());
	}

	/** A person of a customer organization, as their customer admin sees them. */
	public record Member(Long id, String email, String name, Long customerId, Set<Role> roles, boolean active,
			boolean customerAdmin) {

		public boolean approver() {
			return this.roles.contains(Role.APPROVER);
		}

	}

}
