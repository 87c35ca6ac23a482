package io.connectdesk.provisioning;

import org.springframework.stereotype.Component;

import io.connectdesk.catalog.Catalog;

/**
 * The adapter kind the catalog names for a component. A component the catalog does not know (a
 * free-text change ticket's) is {@link #MANUAL manual}: an SRE works it from a checklist.
 */
@Component
class CatalogAdapterKinds implements AdapterKinds {

	private final Catalog catalog;

	CatalogAdapterKinds(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public String kindOf(String componentKey) {
		return this.catalog.component(componentKey).map(component -> component.adapterKind().key()).orElse(MANUAL);
	}

}
