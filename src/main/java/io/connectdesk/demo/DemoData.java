package io.connectdesk.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import io.connectdesk.billing.Inventory;
import io.connectdesk.cluster.ClusterLock;
import io.connectdesk.common.AuditedAct;
import io.connectdesk.common.Caller;
import io.connectdesk.customer.Actor;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.customer.ContractTerms;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.Customer;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.ServicePlan;
import io.connectdesk.identity.Accounts;
import io.connectdesk.identity.Accounts.NewAccount;
import io.connectdesk.identity.Memberships;
import io.connectdesk.common.Role;
import io.connectdesk.oncall.NewRotation;
import io.connectdesk.oncall.OnCallSchedule;

/**
 * The demo customer "Acme Corp" (domain acme.example, STANDARD plan, 3 urgent tickets a month in
 * Madrid time) and one user per role, created on start of the local profile, and an on-call rotation
 * of the two demo SREs for the coming four weeks.
 * Their shared password is {@code connectdesk.demo.password}, which only the local profile sets.
 */
@Component
@Profile("local")
@ConditionalOnProperty(name = "connectdesk.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String CUSTOMER = "Acme Corp";

	static final String DOMAIN = "acme.example";

	static final String LOCK = "demo-data";

	private final Customers customers;

	private final Contracts contracts;

	private final Accounts accounts;

	private final Memberships memberships;

	private final DemoSettings settings;

	private final OnCallSchedule onCall;

	private final Inventory inventory;

	private final ClusterLock cluster;

	DemoData(Customers customers, Contracts contracts, Accounts accounts, Memberships memberships,
			DemoSettings settings, OnCallSchedule onCall, Inventory inventory, ClusterLock cluster) {
		this.cluster = cluster;
		this.inventory = inventory;
		this.customers = customers;
		this.contracts = contracts;
		this.accounts = accounts;
		this.memberships = memberships;
		this.settings = settings;
		this.onCall = onCall;
	}

	/** Under a cluster lock, in one transaction: nodes starting together make one demo customer and one set of users. */
	@Override
	public void run(ApplicationArguments args) {
		this.cluster.exclusively(LOCK, this::ensureDemoData);
	}

	private void ensureDemoData() {
		Customer acme = this.customers.findOrCreate(CUSTOMER);
		// The demo terms come back on every start; domains an admin added stay.
		List<String> domains = Stream.concat(this.customers.domainsOf(acme.getId()).stream(), Stream.of(DOMAIN)).toList();
		this.contracts.changeContract(acme.getId(),
				new ContractTerms(domains, ServicePlan.STANDARD, 3, "P1M", "Europe/Madrid"), Actor.SYSTEM);
		String password = this.settings.password();
		List.of(new NewAccount("requester@acme.example", "Rita Requester", password, acme.getId(), Set.of(Role.REQUESTER), Locale.ENGLISH),
				new NewAccount("approver@acme.example", "Alex Approver", password, acme.getId(), Set.of(Role.REQUESTER, Role.APPROVER), Locale.ENGLISH),
				new NewAccount("sre@connectdesk.example", "Sam SRE", password, null, Set.of(Role.SRE), Locale.ENGLISH),
				new NewAccount("sre2@connectdesk.example", "Sol SRE", password, null, Set.of(Role.SRE), Locale.forLanguageTag("es")),
				new NewAccount("expert@connectdesk.example", "Erin Expert", password, null, Set.of(Role.SRE, Role.EXPERT), Locale.ENGLISH),
				new NewAccount("admin@connectdesk.example", "Ada Admin", password, null, Set.of(Role.ADMIN, Role.SRE), Locale.ENGLISH),
				new NewAccount("worker@connectdesk.example", "Provisioning worker", password, null, Set.of(Role.WORKER), Locale.ENGLISH))
			.forEach(this.accounts::ensure);
		this.memberships.makeCustomerAdmin("approver@acme.example");
		// Sam and Sol take turns on call, a week each, from today; shifts already begun or overridden stay.
		this.onCall.generate(new NewRotation(this.onCall.today(), 4, List.of("sre@connectdesk.example", "sre2@connectdesk.example")),
				new Caller(null, AuditedAct.SYSTEM, "Demo data", null, Set.of()));
		seedInventory(acme.getId());
		log.info("Demo customer '{}' and users ready (local profile only)", CUSTOMER);
	}

	/** A few components Acme has, so cost previews start from a real total; only once. */
	private void seedInventory(Long acme) {
		LocalDate since = LocalDate.now().withDayOfMonth(1).minusMonths(2);
		if (!this.inventory.activeOn(acme, LocalDate.now()).isEmpty()) {
			return;
		}
		this.inventory.add(acme, "container-service", "production", EnvironmentKind.PRODUCTION, "DEMO", "{}", since);
		this.inventory.add(acme, "container-service", "pre-production", EnvironmentKind.PRE_PRODUCTION, "DEMO", "{}", since);
		this.inventory.add(acme, "api-gateway", "production", EnvironmentKind.PRODUCTION, "DEMO", "{}", since);
		this.inventory.add(acme, "waf", "production", EnvironmentKind.PRODUCTION, "DEMO", "{}", since);
		this.inventory.add(acme, "tls-certificate", "production", EnvironmentKind.PRODUCTION, "DEMO", "{}", since);
	}

}
