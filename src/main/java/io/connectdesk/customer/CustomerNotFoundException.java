package io.connectdesk.customer;

import io.connectdesk.common.NotFoundException;

public class CustomerNotFoundException extends NotFoundException {

	CustomerNotFoundException(Long id) {
		super("customer-not-found", "There is no customer " + id);
	}

}
