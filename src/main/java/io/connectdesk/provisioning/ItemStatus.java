package io.connectdesk.provisioning;

/** Where one provisioning item stands. */
public enum ItemStatus {

	/** Waiting for, or being worked by, an adapter or an SRE. */
	PENDING,
	/** The adapter (or the SRE's checklist) did the work. */
	DONE,
	/** Retries are spent: an incident waits for an SRE. */
	FAILED,
	/** Undone because the fulfilment was cancelled. */
	COMPENSATED

}
