package io.connectdesk.ticket;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A ticket's stored items as views, their parameters read back from JSON. */
@Component
class TicketItems {

	private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
	};

	private final ObjectMapper json;

	TicketItems(ObjectMapper json) {
		this.json = json;
	}

	List<TicketItemView> of(Ticket ticket) {
		return ticket.getScope().getItems().stream().map(this::view).toList();
	}

	private TicketItemView view(TicketItem item) {
		try {
			return new TicketItemView(item.getComponentKey(), item.getEnvironmentKey(), item.getEnvironmentKind(),
					this.json.readValue(item.getParametersJson(), PARAMETERS));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable parameters of " + item.getComponentKey(), ex);
		}
	}

}
