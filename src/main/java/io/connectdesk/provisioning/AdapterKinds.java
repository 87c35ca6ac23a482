package io.connectdesk.provisioning;

/** Which adapter kind handles a component: {@link CatalogAdapterKinds} asks the catalog. */
public interface AdapterKinds {

	/** The kind of adapter that handles human steps: a checklist task in the SRE queue. */
	String MANUAL = "manual";

	String kindOf(String componentKey);

}
