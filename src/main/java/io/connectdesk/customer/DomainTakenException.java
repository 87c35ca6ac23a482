package io.connectdesk.customer;

import io.connectdesk.common.ConflictException;

/** A corporate e-mail domain belongs to one customer only. */
public class DomainTakenException extends ConflictException {

	DomainTakenException(String domain) {
		super("domain-taken", "The domain " + domain + " belongs to another customer's contract");
	}

}
