package io.connectdesk.catalog;

/**
 * Published in the transaction of every admin change to the catalog, with the thing before and after
 * ({@code before} is {@code null} for a new price or rate).
 * @param entityType {@link #COMPONENT} or {@link #MRU_RATE}
 * @param entityId the component key, or the rate's effective date
 */
public record CatalogChanged(String entityType, String entityId, Action action, Long actorId, String actorName,
		Object before, Object after) {

	public static final String COMPONENT = "catalog-component";

	public static final String MRU_RATE = "mru-rate";

	public enum Action {

		DESCRIBED, PRICED, RATE_ADDED

	}

}
