package io.connectdesk.customer;

/** Every customer has exactly one production environment; pre-production and additional ones vary. */
public enum EnvironmentKind {

	PRODUCTION, PRE_PRODUCTION, ADDITIONAL;

	/** Only additional environments may be removed: production and pre-production come with the contract. */
	public boolean isRemovable() {
		return this == ADDITIONAL;
	}

}
