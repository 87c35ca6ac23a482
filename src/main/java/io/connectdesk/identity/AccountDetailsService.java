package io.connectdesk.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService {

	private final UserAccountRepository repository;

	AccountDetailsService(UserAccountRepository repository) {
		this.repository = repository;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.repository.findByEmailIgnoreCase(username)
			.map(AccountDetails::new)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
	}

}
