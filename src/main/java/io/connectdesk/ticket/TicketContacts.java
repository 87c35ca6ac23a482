package io.connectdesk.ticket;

import java.util.List;

/**
 * The people a change to a ticket concerns: its requester and CC parties.
 *
 * @param url the ticket's path in the portal, without scheme and host
 */
public record TicketContacts(String id, String url, String title, String requesterEmail, List<String> cc) {
}
