package io.connectdesk.filing.web;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.connectdesk.catalog.SizingInput;
import io.connectdesk.common.Caller;
import io.connectdesk.filing.FilingPreviews;
import io.connectdesk.filing.RequestPreview;
import io.connectdesk.ticket.FileTicket;

/** Previews before filing: they check like filing does and store nothing. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Cost preview", description = "What a request would cost before it is filed")
class PreviewApi {

	private final FilingPreviews previews;

	PreviewApi(FilingPreviews previews) {
		this.previews = previews;
	}

	@PostMapping("/cost-preview")
	@Operation(summary = "Preview a request's cost",
			description = "The same body as filing a ticket. Answers the items, the MRU delta per month per "
					+ "environment, the monthly total before and after in MRU, and in USD at the rate in force "
					+ "today (usdPerMru, rateEffectiveFrom). 400 names each bad field; nothing is stored.")
	RequestPreview costPreview(@Valid @RequestBody FileTicket request, Caller caller) {
		return this.previews.preview(request, caller);
	}

	@PostMapping("/activation-sizing")
	@Operation(summary = "Size a service activation",
			description = "The bill of components, the initial container capacity per environment and the MRU "
					+ "estimate per environment; for a customer's users also the cost preview.")
	RequestPreview activationSizing(@Valid @RequestBody SizingInput sizing, Caller caller) {
		return this.previews.sizing(sizing, caller);
	}

}
