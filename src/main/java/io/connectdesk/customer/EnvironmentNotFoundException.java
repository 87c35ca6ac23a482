package io.connectdesk.customer;

import io.connectdesk.common.NotFoundException;

public class EnvironmentNotFoundException extends NotFoundException {

	EnvironmentNotFoundException(String key) {
		super("environment-not-found", "The customer has no environment " + key);
	}

}
