package io.connectdesk.catalog;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ConflictException;
import io.connectdesk.catalog.CatalogChanged.Action;

/**
 * The admin's side of the catalog: names, descriptions and "active" of a component, its prices and
 * the MRU rate. Prices and rates are never overwritten: each change is a new entry from a date on.
 * Every change publishes a {@link CatalogChanged}. Commands are validated by the caller (bean validation).
 */
@Service
@Transactional
public class CatalogAdministration {

	public static final String PRICE_EXISTS = "price-exists";

	public static final String RATE_EXISTS = "rate-exists";

	private final CatalogComponentRepository components;

	private final CatalogPriceRepository prices;

	private final RateEntryRepository rates;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogAdministration(CatalogComponentRepository components, CatalogPriceRepository prices, RateEntryRepository rates,
			Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.components = components;
		this.prices = prices;
		this.rates = rates;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	/** @throws UnknownComponentException when there is no such component */
	public ComponentView describe(String key, ComponentDescription description, Caller caller) {
		CatalogComponent component = find(key);
		ComponentView before = view(key);
		component.describe(new LocalizedText(description.nameEn().strip(), description.nameEs().strip()),
				new LocalizedText(description.descriptionEn().strip(), description.descriptionEs().strip()),
				description.active());
		this.components.saveAndFlush(component);
		ComponentView after = view(key);
		if (!after.equals(before)) {
			publish(CatalogChanged.COMPONENT, key, Action.DESCRIBED, caller, before, after);
		}
		return after;
	}

	/**
	 * Adds a price from its effective date on; earlier prices stay, for the days they were in force.
	 * @throws UnknownComponentException when there is no such component
	 * @throws ConflictException ({@link #PRICE_EXISTS}) when a price of that kind already takes effect that day
	 */
	public PriceView changePrice(String key, NewPrice price, Caller caller) {
		find(key);
		if (this.prices.existsByComponentKeyAndEnvironmentKindAndEffectiveFrom(key, price.environmentKind(),
				price.effectiveFrom())) {
			throw new ConflictException(PRICE_EXISTS, "A price of " + key + " in " + price.environmentKind()
					+ " already takes effect on " + price.effectiveFrom() + "; choose another day");
		}
		PriceView added = this.prices
			.saveAndFlush(new CatalogPrice(key, price.environmentKind(), price.monthlyMru(), price.effectiveFrom(),
					this.clock.instant()))
			.toView();
		publish(CatalogChanged.COMPONENT, key, Action.PRICED, caller, null, added);
		return added;
	}

	/** Every price of the component, by environment kind, newest first. */
	@Transactional(readOnly = true)
	public List<PriceView> priceHistory(String key) {
		find(key);
		return this.prices.findByComponentKeyOrderByEnvironmentKindAscEffectiveFromDesc(key)
			.stream()
			.map(CatalogPrice::toView)
			.toList();
	}

	/** @throws ConflictException ({@link #RATE_EXISTS}) when a rate already takes effect that day */
	public MruRate addRate(NewRate rate, Caller caller) {
		if (this.rates.existsByEffectiveFrom(rate.effectiveFrom())) {
			throw new ConflictException(RATE_EXISTS,
					"A rate already takes effect on " + rate.effectiveFrom() + "; choose another day");
		}
		MruRate added = this.rates.saveAndFlush(new RateEntry(rate.usdPerMru(), rate.effectiveFrom(), this.clock.instant()))
			.toView();
		publish(CatalogChanged.MRU_RATE, added.effectiveFrom().toString(), Action.RATE_ADDED, caller, null, added);
		return added;
	}

	/** Every MRU rate, newest first. */
	@Transactional(readOnly = true)
	public List<MruRate> rates() {
		return this.rates.findAllByOrderByEffectiveFromDesc().stream().map(RateEntry::toView).toList();
	}

	private ComponentView view(String key) {
		return this.catalog.component(key).orElseThrow(() -> new UnknownComponentException(key));
	}

	private CatalogComponent find(String key) {
		return this.components.findById(key).orElseThrow(() -> new UnknownComponentException(key));
	}

	private void publish(String type, String id, Action action, Caller caller, Object before, Object after) {
		this.events.publishEvent(new CatalogChanged(type, id, action, caller.userId(), caller.name(), before, after));
	}

}
