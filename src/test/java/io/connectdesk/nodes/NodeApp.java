package io.connectdesk.nodes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import io.connectdesk.ConnectDeskApplication;
import io.connectdesk.common.Role;
import io.connectdesk.customer.Customers;
import io.connectdesk.identity.Accounts;

/**
 * One Connect Desk node as the OS-process tests run it ({@link Node}): the application with the arguments given
 * (port, profile, database...). With {@code --nodes.seed=PASSWORD} it also creates, once started, a customer and
 * its requester, approver and an SRE, all with that password; only one node seeds, so nodes never race on it.
 */
public final class NodeApp {

	static final String REQUESTER = "rita@nodes.example";

	static final String APPROVER = "ana@nodes.example";

	static final String SRE = "sam@connectdesk.example";

	private static final String SEED = "--nodes.seed=";

	private NodeApp() {
	}

	public static void main(String[] args) {
		String seed = Arrays.stream(args).filter(arg -> arg.startsWith(SEED)).findFirst().map(arg -> arg.substring(SEED.length()))
			.orElse(null);
		ConfigurableApplicationContext context = SpringApplication.run(ConnectDeskApplication.class,
				Arrays.stream(args).filter(arg -> !arg.startsWith(SEED)).toArray(String[]::new));
		if (seed != null) {
			seed(context, seed);
		}
	}

	private static void seed(ConfigurableApplicationContext context, String password) {
		Customers customers = context.getBean(Customers.class);
		Long customer = customers.findOrCreate("Nodes Corp").getId();
		if (!customers.acceptsEmail(customer, REQUESTER)) {
			customers.addDomain(customer, "nodes.example");
		}
		Accounts accounts = context.getBean(Accounts.class);
		accounts.ensure(new Accounts.NewAccount(REQUESTER, "Rita", password, customer, Set.of(Role.REQUESTER), Locale.ENGLISH));
		accounts.ensure(new Accounts.NewAccount(APPROVER, "Ana", password, customer, Set.of(Role.APPROVER, Role.REQUESTER),
				Locale.ENGLISH));
		accounts.ensure(new Accounts.NewAccount(SRE, "Sam", password, null, Set.of(Role.SRE), Locale.ENGLISH));
		System.out.println("NODES-SEEDED");
	}

}
