package io.connectdesk.incident.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import io.connectdesk.common.Caller;
import io.connectdesk.common.DeskException;
import io.connectdesk.incident.AckLinkDecisions;
import io.connectdesk.incident.AckLinkDecisions.AckPage;
import io.connectdesk.incident.AckLinkDecisions.LinkState;
import io.connectdesk.web.PageController;

/**
 * The page a page's acknowledgement link opens (signed in): the incident, its severity, customer and
 * component, and Acknowledge. GET only shows; the POST acknowledges. A used, tampered, expired or
 * foreign link says why it does not work.
 */
@PageController
class AckLinkPages {

	private final AckLinkDecisions decisions;

	AckLinkPages(AckLinkDecisions decisions) {
		this.decisions = decisions;
	}

	@GetMapping("/incidents/ack")
	ModelAndView open(@RequestParam(defaultValue = "") String token, Caller caller) {
		return page(this.decisions.open(token, caller), token, null);
	}

	@PostMapping("/incidents/ack")
	ModelAndView acknowledge(@RequestParam(defaultValue = "") String token, Caller caller) {
		try {
			this.decisions.acknowledge(token, caller);
		}
		catch (DeskException refused) {
			return page(this.decisions.open(token, caller), token, refused.code());
		}
		ModelAndView done = page(this.decisions.open(token, caller), token, null);
		done.addObject("acknowledged", true);
		return done;
	}

	private static ModelAndView page(AckPage link, String token, String problem) {
		ModelAndView page = new ModelAndView("incident/ack", link.state() == LinkState.INVALID ? HttpStatus.NOT_FOUND : HttpStatus.OK);
		page.addObject("state", link.state().name());
		page.addObject("incident", link.incident());
		page.addObject("token", token);
		page.addObject("problemCode", problem);
		return page;
	}

}
