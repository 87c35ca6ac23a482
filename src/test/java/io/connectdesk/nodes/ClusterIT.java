package io.connectdesk.nodes;

import static io.connectdesk.nodes.Tickets.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 11, "Cluster" and "Rolling restart": two nodes as OS processes on one embedded PostgreSQL behind HAProxy
 * with plain round robin and no sticky sessions ({@link Cluster}). The users sign in once, through the balancer.
 * The steps run in order on the same cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private Cluster cluster;

	private Desk requester;

	private Desk approver;

	private Desk sre;

	private int certificates;

	private int repositories;

	@BeforeAll
	void startTwoNodesBehindHaproxy() throws Exception {
		this.cluster = new Cluster(Files.createTempDirectory("connectdesk-cluster")).start(2);
		this.requester = Desk.signedIn(this.cluster.url(), NodeApp.REQUESTER, this.cluster.password);
		this.approver = Desk.signedIn(this.cluster.url(), NodeApp.APPROVER, this.cluster.password);
		this.sre = Desk.signedIn(this.cluster.url(), NodeApp.SRE, this.cluster.password);
	}

	@AfterAll
	void stopCluster() throws Exception {
		if (this.cluster != null) {
			System.out.println("Cluster logs: " + this.cluster.dir);
			this.cluster.close();
		}
	}

	@Test
	@Order(1)
	void signedInOnceTheUserWorksOnBothNodesThroughPagesAndTheApi() throws Exception {
		List<String> served = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> page = this.requester.page("/tickets");
			assertThat(page.statusCode()).as("the ticket list, not the sign-in page").isEqualTo(200);
			served.add(page.headers().firstValue("X-Node").orElseThrow());
		}
		assertThat(served).as("round robin over both nodes").contains("nodea", "nodeb");

		String ticket = Tickets.file(this.requester, Tickets.activation("Certificate and repository", List.of(
				item("tls-certificate", List.of("production"), Map.of("dnsNames", List.of("orders.example.com"))),
				item("source-repository", List.of("production"),
						Map.of("repositoryName", "orders-api", "developers", List.of("dev@example.com"))))));
		Tickets.complete(this.sre, ticket, "ACCEPT");
		Tickets.approveIfAsked(this.approver, this.requester, ticket);
		eventually(() -> Tickets.itemStatuses(this.sre, ticket), statuses -> Tickets.allDone(statuses, 2), PATIENCE,
				"both items done");
		eventually(() -> this.sre.json("/api/v1/tickets/" + ticket).at("/tasks/0/id").asText(), task -> !task.isBlank(),
				PATIENCE, "the fulfilment task");
		Tickets.complete(this.sre, ticket, "RESOLVE");
		assertThat(Tickets.status(this.requester, ticket)).isEqualTo("RESOLVED");
		this.certificates += 1;
		this.repositories += 1;
		assertThat(this.cluster.repositories()).isEqualTo(this.repositories);
		assertThat(this.cluster.count("select count(*) from issued_certificate")).isEqualTo(this.certificates);
	}

	@Test
	@Order(2)
	void theSurvivorFinishesTheItemsOfANodeKilledMidWay() throws Exception {
		String ticket = Tickets.file(this.requester, Tickets.activation("Three items", List.of(
				item("tls-certificate", List.of("production", "pre-production"), Map.of("dnsNames", List.of("billing.example.com"))),
				item("source-repository", List.of("production"),
						Map.of("repositoryName", "billing-api", "developers", List.of("dev@example.com"))))));
		int items = 3;
		Tickets.complete(this.sre, ticket, "ACCEPT");
		String took = Tickets.approveIfAsked(this.approver, this.requester, ticket);
		Node victim = holderOfAnItem().orElse(this.cluster.node(took == null ? "nodea" : took));
		victim.kill();
		long killed = System.nanoTime();
		List<String> atKill = Tickets.itemStatuses(this.sre, ticket);
		System.out.printf("kill -9 %s; items then: %s%n", victim.name, atKill);

		try {
			eventually(() -> Tickets.itemStatuses(this.sre, ticket), statuses -> Tickets.allDone(statuses, items),
					Duration.ofMinutes(3), "every item done by the survivor");
			System.out.printf("The survivor finished the dead node's work %d ms after the kill (locks: 10 s)%n",
					Duration.ofNanos(System.nanoTime() - killed).toMillis());
		}
		finally {
			victim.start().awaitReady(Cluster.START);
		}
		this.certificates += 2;
		this.repositories += 1;
		assertThat(this.cluster.repositories()).as("one repository each").isEqualTo(this.repositories);
		assertThat(this.cluster.count("select count(*) from issued_certificate")).as("one certificate each")
			.isEqualTo(this.certificates);

		// Each certificate is due for renewal at once (validity < renewal lead): one renewal ticket each, however many nodes.
		eventually(() -> this.cluster.count("select count(*) from issued_certificate where renewal_ticket_id is not null"),
				count -> count == this.certificates, PATIENCE, "a renewal of every certificate");
		Thread.sleep(7000); // two more renewal checks on each node
		assertThat(this.cluster.count("select count(*) from ticket where title like 'Renew the TLS certificate%'"))
			.as("one renewal ticket per certificate").isEqualTo(this.certificates);

		eventually(() -> this.cluster.count("select count(*) from notice_outbox where status <> 'SENT'"), count -> count == 0,
				PATIENCE, "every notice sent");
		assertThat(this.cluster.mail.getReceivedMessages()).as("one mail per notice")
			.hasSize((int) this.cluster.count("select count(*) from notice_outbox"));

		assertThat(this.requester.page("/tickets").statusCode()).as("the user is still signed in").isEqualTo(200);
	}

	@Test
	@Order(3)
	void aRollingRestartUnderLoadFailsNoRequestAndLeavesNoItemLocked() throws Exception {
		FilingLoad load = new FilingLoad(this.cluster.url(), NodeApp.REQUESTER, this.cluster.password, 4).start();
		List<String> tickets = new ArrayList<>();
		for (Node node : this.cluster.nodes) {
			load.awaitMore(10);
			tickets.add(provisioningUnderWay());
			Duration stop = node.stop(Duration.ofMinutes(2));
			System.out.printf("SIGTERM %s: stopped in %d ms%n", node.name, stop.toMillis());
			assertThat(node.logged("Provisioning workers stopped")).as("workers stopped gracefully; see " + node.log()).isTrue();
			assertThat(node.logged("still at work")).as("no item left locked by " + node.name).isFalse();
			node.start().awaitReady(Cluster.START);
			Thread.sleep(3000); // the balancer's rise 2 x 1 s
		}
		load.awaitMore(10);
		FilingLoad.Result result = load.stop();
		System.out.println("Rolling restart under load: " + result);
		assertThat(result.failures()).as("failed requests at the client").isEmpty();
		for (String ticket : tickets) {
			eventually(() -> Tickets.itemStatuses(this.sre, ticket), statuses -> Tickets.allDone(statuses, 2), PATIENCE,
					"the items of " + ticket + " done");
		}
		assertThat(this.cluster.count("select count(*) from act_ru_ext_task where lock_exp_time_ > current_timestamp"))
			.as("items left locked").isZero();
	}

	/** The node that holds an item's lock, watched for a few seconds; none when the items went too fast. */
	private Optional<Node> holderOfAnItem() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<Node> holder = this.cluster.holdingAnItem();
			if (holder.isPresent()) {
				return holder;
			}
			Thread.sleep(10);
		}
		return Optional.empty();
	}

	/** A ticket whose two items the nodes are provisioning. */
	private String provisioningUnderWay() throws Exception {
		String ticket = Tickets.file(this.requester, Tickets.activation("Two certificates", List.of(
				item("tls-certificate", List.of("production", "pre-production"), Map.of("dnsNames", List.of("shop.example.com"))))));
		Tickets.complete(this.sre, ticket, "ACCEPT");
		Tickets.approveIfAsked(this.approver, this.requester, ticket);
		return ticket;
	}

	private static Map<String, Object> item(String component, List<String> environments, Map<String, Object> parameters) {
		return Map.of("component", component, "environments", environments, "parameters", parameters);
	}

}
