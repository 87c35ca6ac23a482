package io.connectdesk.provisioning.adapter;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;

/**
 * The signed-in person's Git token for the repositories they are a developer of: every call issues a
 * new one (shown only in this answer) and the previous one stops working. Git takes it as the
 * password, with the person's e-mail as the user name.
 */
@RestController
@RequestMapping("/api/v1/git/token")
class GitTokenApi {

	private final GitAccess access;

	GitTokenApi(GitAccess access) {
		this.access = access;
	}

	@GetMapping
	ResponseEntity<TokenView> issue(Caller caller) {
		GitAccess.IssuedToken issued = this.access.issue(caller);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new TokenView(issued.email(), issued.tokenId(), issued.token(),
					"git clone " + GitHttp.PREFIX + "/<customer>/<repository>.git: user name " + issued.email() + ", password the token"));
	}

	@PostMapping
	ResponseEntity<TokenView> regenerate(Caller caller) {
		return issue(caller);
	}

	record TokenView(String username, String tokenId, String token, String usage) {
	}

}
