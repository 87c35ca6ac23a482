package io.connectdesk.ticket.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.TicketType;

/**
 * The new-ticket form as the browser sends it: lists are typed as text, one entry per line or
 * comma. Each rendering carries its own idempotency key, so a double submit files one ticket.
 */
class TicketForm {

	private TicketType type;

	private String title;

	private String description;

	private String components;

	private String environments;

	private String cc;

	private boolean urgent;

	private String idempotencyKey = UUID.randomUUID().toString();

	/** The API's command; {@link FileTicket}'s annotations decide what is valid. */
	FileTicket toCommand() {
		return new FileTicket(this.type, this.title, this.description, entries(this.components),
				entries(this.environments), entries(this.cc), this.urgent);
	}

	static List<String> entries(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,\\r\\n]+")).map(String::strip).filter(entry -> !entry.isEmpty()).toList();
	}

	public TicketType getType() {
		return this.type;
	}

	public void setType(TicketType type) {
		this.type = type;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getComponents() {
		return this.components;
	}

	public void setComponents(String components) {
		this.components = components;
	}

	public String getEnvironments() {
		return this.environments;
	}

	public void setEnvironments(String environments) {
		this.environments = environments;
	}

	public String getCc() {
		return this.cc;
	}

	public void setCc(String cc) {
		this.cc = cc;
	}

	public boolean isUrgent() {
		return this.urgent;
	}

	public void setUrgent(boolean urgent) {
		this.urgent = urgent;
	}

	public String getIdempotencyKey() {
		return this.idempotencyKey;
	}

	public void setIdempotencyKey(String idempotencyKey) {
		this.idempotencyKey = idempotencyKey;
	}

}
