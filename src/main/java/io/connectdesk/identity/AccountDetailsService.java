package io.connectdesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	private final SignInFailures failures;

	AccountDetailsService(UserAccountRepository repository, SignInFailures failures) {
		this.repository = repository;
		this.failures = failures;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.repository.findByEmailIgnoreCase(username)
			.map(account -> new AccountDetails(account, this.failures.standing(account.getEmail())))
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

}
