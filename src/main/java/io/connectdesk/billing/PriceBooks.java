package io.connectdesk.billing;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.catalog.CatalogAdministration;
import io.connectdesk.catalog.UnknownComponentException;

/**
 * Fetches the price history of the components a statement names (one query per distinct component)
 * and the rate history (one query), never a query per item per day.
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED) // an unknown key fails only its own read
class PriceBooks {

	private final CatalogAdministration history;

	PriceBooks(CatalogAdministration history) {
		this.history = history;
	}

	PriceBook of(Collection<String> componentKeys) {
		PriceBook book = new PriceBook();
		Set<String> keys = new TreeSet<>(componentKeys);
		for (String key : keys) {
			try {
				this.history.priceHistory(key)
					.forEach(p -> book.price(p.componentKey(), p.environmentKind(), p.effectiveFrom(), p.monthlyMru()));
			}
			catch (UnknownComponentException gone) {
				// no price: the item counts its days at zero MRU
			}
		}
		this.history.rates().forEach(rate -> book.rate(rate.effectiveFrom(), rate.usdPerMru()));
		return book;
	}

}
