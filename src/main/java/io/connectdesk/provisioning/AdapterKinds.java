package io.connectdesk.provisioning;

/**
 * Which adapter kind handles a component. The catalog will answer this; until then
 * {@link FixedAdapterKinds} does.
 */
public interface AdapterKinds {

	/** The kind of adapter that handles human steps: a checklist task in the SRE queue. */
	String MANUAL = "manual";

	String kindOf(String componentKey);

}
