package io.connectdesk.ticket.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;

import io.connectdesk.common.Caller;
import io.connectdesk.ticket.TicketSecrets;
import io.connectdesk.web.PageController;

/**
 * A staff member's deliberate reveal of a secret kept out of a ticket's text: a POST, audited by
 * {@link TicketSecrets}, answered with a page nothing caches.
 */
@PageController
class SecretReveals {

	private final TicketSecrets secrets;

	SecretReveals(TicketSecrets secrets) {
		this.secrets = secrets;
	}

	@PostMapping("/tickets/{id}/secrets/{secretId}/reveal")
	String reveal(@PathVariable String id, @PathVariable String secretId, Caller caller, Model model,
			HttpServletResponse response) {
		String value = this.secrets.reveal(id, secretId, caller);
		response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
		model.addAttribute("ticketId", id);
		model.addAttribute("secretId", secretId);
		model.addAttribute("value", value);
		return "tickets/secret";
	}

	/** The API's reveal: the secret in the answer of this one POST, never cached. */
	@org.springframework.web.bind.annotation.RestController
	static class Api {

		private final TicketSecrets secrets;

		Api(TicketSecrets secrets) {
			this.secrets = secrets;
		}

		@PostMapping("/api/v1/tickets/{id}/secrets/{secretId}/reveal")
		ResponseEntity<RevealedSecret> reveal(@PathVariable String id, @PathVariable String secretId, Caller caller) {
			return ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(new RevealedSecret(secretId, this.secrets.reveal(id, secretId, caller)));
		}

	}

	record RevealedSecret(String id, String value) {
	}

}
