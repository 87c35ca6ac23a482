package io.connectdesk.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import io.connectdesk.billing.ResolvedRequest.Change;
import io.connectdesk.billing.ResolvedRequest.Line;
import io.connectdesk.customer.Actor;
import io.connectdesk.customer.ContractTerms;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.ServicePlan;

/** What a resolved ticket does to the inventory: the day it counts from, the removal rule, idempotence. */
@SpringBootTest
@ActiveProfiles("test")
class LedgerTest {

	private static final Instant LATE_ON_NOVEMBER_30_UTC = Instant.parse("2026-11-30T20:00:00Z");

	@Autowired
	Ledger ledger;

	@Autowired
	Inventory inventory;

	@Autowired
	Customers customers;

	@Autowired
	Contracts contracts;

	private Long customer;

	@BeforeEach
	void aCustomerFarEastOfUtc() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.customer = this.customers.findOrCreate("Ledger " + unique).getId();
		this.contracts.changeContract(this.customer, new ContractTerms(List.of("l" + unique + ".example.test"),
				ServicePlan.STANDARD, 2, "P1M", "Pacific/Kiritimati"), Actor.SYSTEM);
	}

	@Test
	void anActivationCountsFromTheResolutionDayInTheCustomersTimeZone() {
		LocalDate day = this.ledger.record(add("REQ-2001", repository("production", "shop")));

		assertThat(day).isEqualTo(LocalDate.of(2026, 12, 1)); // 20:00 UTC is 10:00 next day at UTC+14
		assertThat(items()).singleElement().satisfies(item -> {
			assertThat(item.activeFrom()).isEqualTo(day);
			assertThat(item.activatedBy()).isEqualTo("REQ-2001");
			assertThat(item.environmentKind()).hasToString("PRODUCTION");
			assertThat(item.parametersJson()).contains("\"repositoryName\":\"shop\"");
		});
	}

	@Test
	void resolvingAgainAddsNothingTwice() {
		this.ledger.record(add("REQ-2002", repository("production", "shop"), repository("production", "blog")));
		this.ledger.record(add("REQ-2002", repository("production", "shop"), repository("production", "blog")));

		assertThat(items()).hasSize(2);
	}

	@Test
	void aDeactivationRemovesOnlyTheItemItsIdentifyingParameterNames() {
		this.ledger.record(add("REQ-2003", repository("production", "shop"), repository("production", "blog"),
				repository("pre-production", "shop")));
		Instant later = LATE_ON_NOVEMBER_30_UTC.plusSeconds(86_400 * 5);

		this.ledger.record(new ResolvedRequest("REQ-2004", this.customer, Change.REMOVE, later,
				List.of(repository("production", "shop"))));

		assertThat(items()).filteredOn(item -> item.removedBy() != null)
			.singleElement()
			.satisfies(item -> {
				assertThat(item.environmentKey()).isEqualTo("production");
				assertThat(item.parametersJson()).contains("shop");
				assertThat(item.activeUntil()).isEqualTo(LocalDate.of(2026, 12, 6));
			});
	}

	@Test
	void aDeactivationWithoutIdentifyingParametersRemovesEveryMatchAndAgainNothingMore() {
		this.ledger.record(add("REQ-2005", repository("production", "shop"), repository("production", "blog")));
		Line everyRepository = new Line("source-repository", "production", null, Map.of("developers", 3));
		Instant later = LATE_ON_NOVEMBER_30_UTC.plusSeconds(86_400 * 5);
		this.ledger.record(new ResolvedRequest("REQ-2006", this.customer, Change.REMOVE, later, List.of(everyRepository)));
		this.ledger.record(add("REQ-2007", repository("production", "docs")));

		// the deactivation is reopened and resolved again: the repository added since stays
		this.ledger.record(new ResolvedRequest("REQ-2006", this.customer, Change.REMOVE, later.plusSeconds(86_400),
				List.of(everyRepository)));

		assertThat(items()).filteredOn(item -> item.removedBy() != null)
			.extracting(InventoryItemView::activatedBy)
			.containsExactly("REQ-2005", "REQ-2005");
		assertThat(items()).filteredOn(item -> item.removedBy() == null)
			.extracting(InventoryItemView::activatedBy)
			.containsExactly("REQ-2007");
	}

	@Test
	void componentsTheCatalogDoesNotKnowAreSkipped() {
		this.ledger.record(add("REQ-2008", new Line("no-such-thing", "production", null, Map.of())));

		assertThat(items()).isEmpty();
	}

	private ResolvedRequest add(String ticket, Line... lines) {
		return new ResolvedRequest(ticket, this.customer, Change.ADD, LATE_ON_NOVEMBER_30_UTC, List.of(lines));
	}

	private static Line repository(String environment, String name) {
		return new Line("source-repository", environment, null, Map.of("repositoryName", name, "developers", 2));
	}

	private List<InventoryItemView> items() {
		return this.inventory.overlapping(this.customer, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
	}

}
