package io.connectdesk.provisioning.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;
import io.connectdesk.provisioning.ItemView;
import io.connectdesk.provisioning.TicketProvisioning;

/** A ticket's provisioning items, and what SREs do about them. */
@RestController
@RequestMapping("/api/v1/tickets/{id}/provisioning")
class ProvisioningApi {

	private final TicketProvisioning desk;

	ProvisioningApi(TicketProvisioning desk) {
		this.desk = desk;
	}

	@GetMapping
	List<ItemView> items(@PathVariable String id, Caller caller) {
		return this.desk.items(id, caller);
	}

	/** A failed item gets its retries back; its worker tries again at once. */
	@PostMapping("/{itemId}/retry")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void retry(@PathVariable String id, @PathVariable Long itemId, Caller caller) {
		this.desk.retry(id, itemId, caller);
	}

	/** A manual item's checklist is done. */
	@PostMapping("/{itemId}/checklist")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void checklistDone(@PathVariable String id, @PathVariable Long itemId, Caller caller) {
		this.desk.checklistDone(id, itemId, caller);
	}

	/** Stops the fulfilment and undoes every item already done. */
	@PostMapping("/cancel")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void cancel(@PathVariable String id, Caller caller) {
		this.desk.cancel(id, caller);
	}

}
