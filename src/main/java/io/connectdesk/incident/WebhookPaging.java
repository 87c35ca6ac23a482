package io.connectdesk.incident;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Pages through the outbound webhook: the page as JSON in the webhook outbox, in the paging step's
 * transaction; {@link PageWebhookSender} posts it, signed, and retries. Nothing without a webhook URL.
 */
@Component
class WebhookPaging implements PagingChannel {

	private final PageWebhookRepository outbox;

	private final IncidentSettings settings;

	private final ObjectMapper json;

	private final Clock clock;

	WebhookPaging(PageWebhookRepository outbox, IncidentSettings settings, ObjectMapper json, Clock clock) {
		this.outbox = outbox;
		this.settings = settings;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public void page(Page page) {
		if (this.settings.webhookUrl() == null || this.settings.webhookUrl().isBlank()) {
			return;
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("incident", page.reference());
		body.put("severity", page.severity().name());
		body.put("customer", page.customer());
		body.put("component", page.component());
		body.put("environment", page.environment());
		body.put("title", page.title());
		body.put("engineer", page.engineer().email());
		body.put("rung", page.rung());
		body.put("acknowledge", page.ackLink());
		try {
			this.outbox.save(new PageWebhook(page.incidentId(), this.json.writeValueAsString(body), this.clock.instant()));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
