package io.connectdesk.notification;

import java.util.List;

import io.connectdesk.ticket.LineKind;

/**
 * What a notice says, before it is rendered in a language: a ticket change's notice
 * ({@code notice.<kind>.*} with the ticket's id and title), or a feature's own messages
 * ({@code <messageKey>.subject, .body, .link, .signature}) with their arguments.
 *
 * @param kind the name of the change's {@link LineKind}
 * @param messageKey {@code null} for a ticket change's notice
 * @param link a path of the portal (its query included) the mail points to
 */
record NoticeContent(String kind, String messageKey, List<String> arguments, String link) {

	NoticeContent {
		arguments = List.copyOf(arguments);
	}

	static NoticeContent ofChange(LineKind kind, String ticketId, String title, String link) {
		return new NoticeContent(kind.name(), null, List.of(ticketId, title), link);
	}

}
