package io.connectdesk.ticket;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import io.connectdesk.customer.EnvironmentKind;

/** A row of {@code ticket_item}: one component in one environment, its parameters as a JSON object. */
@Embeddable
class TicketItem {

	private String componentKey;

	private String environmentKey;

	@Enumerated(EnumType.STRING)
	private EnvironmentKind environmentKind;

	private String parametersJson;

	protected TicketItem() {
	}

	TicketItem(String componentKey, String environmentKey, EnvironmentKind environmentKind, String parametersJson) {
		this.componentKey = componentKey;
		this.environmentKey = environmentKey;
		this.environmentKind = environmentKind;
		this.parametersJson = parametersJson;
	}

	String getComponentKey() {
		return this.componentKey;
	}

	String getEnvironmentKey() {
		return this.environmentKey;
	}

	EnvironmentKind getEnvironmentKind() {
		return this.environmentKind;
	}

	String getParametersJson() {
		return this.parametersJson;
	}

}
