package io.connectdesk.ticket;

import io.connectdesk.common.NotFoundException;

/** No ticket the caller may see has that id. Unknown and foreign tickets look the same. */
public class TicketNotFoundException extends NotFoundException {

	TicketNotFoundException(String key) {
		super("ticket-not-found", "No ticket " + key);
	}

}
