package io.connectdesk.billing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.catalog.Catalog;
import io.connectdesk.customer.Contracts;
import io.connectdesk.customer.Customers;
import io.connectdesk.customer.EnvironmentKind;
import io.connectdesk.customer.EnvironmentView;

/**
 * The MRU ledger: a resolved ticket changes the customer's inventory from the day of its resolution
 * in the customer's time zone. Runs in the resolving transaction, so a failed resolution changes
 * nothing.
 * <ul>
 * <li>ADD: one item per component per environment, with the line's parameters. Components the
 * catalog does not know are skipped.</li>
 * <li>REMOVE: the items active that day that {@link RemovalMatch} matches count no more from that day.</li>
 * <li>Idempotent per ticket + component + environment: a reopened ticket resolved again adds only
 * the lines the first resolution did not (its items keep their first day), and removes nothing
 * again for a component and environment it already removed.</li>
 * </ul>
 */
@Service
@Transactional
public class Ledger {

	private final InventoryItemRepository items;

	private final Contracts contracts;

	private final Customers customers;

	private final Catalog catalog;

	private final ObjectMapper json;

	private final RemovalMatch match;

	Ledger(InventoryItemRepository items, Contracts contracts, Customers customers, Catalog catalog, ObjectMapper json) {
		this.items = items;
		this.contracts = contracts;
		this.customers = customers;
		this.catalog = catalog;
		this.json = json;
		this.match = new RemovalMatch(json);
	}

	/** Applies a resolved ticket to the customer's inventory; returns the day it counts from. */
	public LocalDate record(ResolvedRequest request) {
		ZoneId zone = this.contracts.detail(request.customerId()).contract().urgentQuota().zone();
		LocalDate day = LocalDate.ofInstant(request.resolvedAt(), zone);
		Map<String, List<ResolvedRequest.Line>> groups = request.lines()
			.stream()
			.collect(Collectors.groupingBy(line -> line.componentKey() + '\u0000' + line.environmentKey(),
					LinkedHashMap::new, Collectors.toList()));
		for (List<ResolvedRequest.Line> group : groups.values()) {
			if (request.change() == ResolvedRequest.Change.ADD) {
				add(request, group, day);
			}
			else {
				remove(request, group, day);
			}
		}
		return day;
	}

	private void add(ResolvedRequest request, List<ResolvedRequest.Line> group, LocalDate day) {
		ResolvedRequest.Line first = group.get(0);
		if (this.catalog.component(first.componentKey()).isEmpty()) {
			return;
		}
		long done = this.items.countByCustomerIdAndActivatedByAndComponentKeyAndEnvironmentKey(request.customerId(),
				request.ticketId(), first.componentKey(), first.environmentKey());
		EnvironmentKind kind = first.environmentKind() != null ? first.environmentKind()
				: kindOf(request.customerId(), first.environmentKey());
		group.stream()
			.skip(done)
			.forEach(line -> this.items.save(new InventoryItem(request.customerId(), line.componentKey(),
					line.environmentKey(), kind, request.ticketId(), toJson(line.parameters()), day)));
	}

	private void remove(ResolvedRequest request, List<ResolvedRequest.Line> group, LocalDate day) {
		ResolvedRequest.Line first = group.get(0);
		if (this.items.existsByCustomerIdAndRemovedByAndComponentKeyAndEnvironmentKey(request.customerId(),
				request.ticketId(), first.componentKey(), first.environmentKey())) {
			return;
		}
		List<InventoryItem> active = this.items.findActive(request.customerId(), first.componentKey(),
				first.environmentKey(), day);
		for (ResolvedRequest.Line line : group) {
			active.stream().filter(item -> this.match.matches(line, item)).forEach(item -> item.remove(day, request.ticketId()));
		}
	}

	/** An environment the customer no longer (or not yet) has is an additional one. */
	private EnvironmentKind kindOf(Long customerId, String environmentKey) {
		return this.customers.environmentsOf(customerId)
			.stream()
			.filter(environment -> environment.key().equals(environmentKey))
			.map(EnvironmentView::kind)
			.findFirst()
			.orElse(EnvironmentKind.ADDITIONAL);
	}

	private String toJson(Map<String, Object> parameters) {
		try {
			return this.json.writeValueAsString(new TreeMap<>(parameters));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Parameters are not JSON values", ex);
		}
	}

}
