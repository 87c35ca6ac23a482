package io.connectdesk.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	private final Clock clock;

	AccountDetailsService(UserAccountRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.repository.findByEmailIgnoreCase(username)
			.map(account -> new AccountDetails(account, this.clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

}
