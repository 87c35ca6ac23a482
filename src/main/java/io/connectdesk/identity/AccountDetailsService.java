package io.connectdesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	private final SignInFailures failures;

	AccountDetailsService(UserAccountRepository repository, SignInFailures failures) {
		this.repository = repository;
		this.failures = failures;
	}

	/**
	 * Not one transaction: the account's read gives its connection back before the failure counters
	 * take theirs. Holding one while waiting for another starves the pool when more requests sign in
	 * at once than it has connections (fifty simultaneous Basic-auth calls did, with ten).
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = this.repository.findByEmailIgnoreCase(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
		return new AccountDetails(account, this.failures.standing(account.getEmail()));
	}

}
