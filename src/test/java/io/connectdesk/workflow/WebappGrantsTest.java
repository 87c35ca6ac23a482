package io.connectdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.connectdesk.journey.ApiTestSupport;

/**
 * The webapps' grants are made at every start: once, whatever the number of starts, also when two nodes make
 * them at the same moment on the same database.
 */
class WebappGrantsTest extends ApiTestSupport {

	@Autowired
	private AuthorizationService authorizations;

	@Test
	void grantsExistOnceAfterTheStartAndAnotherStart() {
		new WebappGrants(this.authorizations).ensure();

		assertThat(grantsOf(WebappGrants.SRE)).hasSize(WebappGrants.SRE_GRANTS.size());
		assertThat(grantsOf(Groups.CAMUNDA_ADMIN)).hasSize(WebappGrants.ADMIN_GRANTS.size());
	}

	@Test
	void twoNodesStartingTogetherMakeEachGrantOnce() throws Exception {
		grantsOf(WebappGrants.SRE).forEach(grant -> this.authorizations.deleteAuthorization(grant.getId()));
		CountDownLatch ready = new CountDownLatch(2);
		List<CompletableFuture<Void>> nodes = List.of(node(ready), node(ready));

		CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

		assertThat(grantsOf(WebappGrants.SRE)).hasSize(WebappGrants.SRE_GRANTS.size());
	}

	private CompletableFuture<Void> node(CountDownLatch ready) {
		return CompletableFuture.runAsync(() -> {
			ready.countDown();
			try {
				ready.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			new WebappGrants(this.authorizations).ensure();
		});
	}

	private List<Authorization> grantsOf(String group) {
		return this.authorizations.createAuthorizationQuery().groupIdIn(group).list();
	}

}
