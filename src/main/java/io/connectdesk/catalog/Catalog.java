package io.connectdesk.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.InvalidInputException.FieldProblem;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.EnvironmentKind;

/**
 * The catalog as other modules use it: what components exist, what they cost, what one MRU is worth,
 * and whether a request's parameters are valid. The catalog belongs to no customer: every caller
 * sees the same. Read-only; admins change it through {@link CatalogAdministration}.
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

	/** The code of the refusal when a component has no price yet on the day asked. */
	public static final String NO_PRICE = "price-not-in-force";

	private final CatalogComponentRepository components;

	private final CatalogPriceRepository prices;

	private final RateEntryRepository rates;

	private final ComponentViews views;

	private final Clock clock;

	Catalog(CatalogComponentRepository components, CatalogPriceRepository prices, RateEntryRepository rates,
			ComponentViews views, Clock clock) {
		this.components = components;
		this.prices = prices;
		this.rates = rates;
		this.views = views;
		this.clock = clock;
	}

	/** Every component, active or not, in catalog order (by category, as the data file lists them). */
	public List<ComponentView> components() {
		LocalDate today = LocalDate.now(this.clock);
		return this.components.findAllByOrderBySortOrderAsc().stream().map(c -> this.views.of(c, today)).toList();
	}

	/** The component with that key, active or not; empty when there is none. */
	public Optional<ComponentView> component(String key) {
		return key == null ? Optional.empty()
				: this.components.findById(key).map(c -> this.views.of(c, LocalDate.now(this.clock)));
	}

	/**
	 * The component's MRU per month in that kind of environment, as priced on the day.
	 * @throws UnknownComponentException when there is no such component
	 * @throws NotFoundException ({@link #NO_PRICE}) when no price had taken effect by that day
	 */
	public BigDecimal monthlyMru(String componentKey, EnvironmentKind environmentKind, LocalDate day) {
		requireComponent(componentKey);
		return this.prices
			.findFirstByComponentKeyAndEnvironmentKindAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(componentKey,
					environmentKind, day)
			.map(CatalogPrice::getMonthlyMru)
			.orElseThrow(() -> new NotFoundException(NO_PRICE,
					"No price of " + componentKey + " in " + environmentKind + " in force on " + day));
	}

	/** The USD value of one MRU in force on the day, with the day it took effect; empty before the first rate. */
	public Optional<MruRate> rateOn(LocalDate day) {
		return this.rates.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(day).map(RateEntry::toView);
	}

	/**
	 * Checks a request's parameters for the component: every required one present, none unknown, each
	 * value of its type and within its limits, and the cross-field rules (such as maxElasticity not
	 * below baseCapacity). Values are as JSON gives them: strings, numbers, booleans, lists of strings.
	 * @param fieldPrefix prefix of the field paths in the problems, such as {@code parameters} for
	 *        {@code parameters.maxElasticity} or {@code parameters.dnsNames[1]}; empty for none
	 * Whether the component is offered ({@link ComponentView#active()}) is the caller's own check.
	 * @return every problem found; empty when the parameters are valid
	 * @throws UnknownComponentException when there is no such component
	 */
	public List<FieldProblem> validate(String componentKey, Map<String, Object> parameters, String fieldPrefix) {
		CatalogComponent component = requireComponent(componentKey);
		return ParameterRules.check(this.views.parametersOf(component), parameters, fieldPrefix);
	}

	private CatalogComponent requireComponent(String key) {
		return (key == null ? Optional.<CatalogComponent>empty() : this.components.findById(key))
			.orElseThrow(() -> new UnknownComponentException(key));
	}

}
