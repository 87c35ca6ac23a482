package io.connectdesk.provisioning.adapter;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.connectdesk.common.Caller;

/** Downloads a ticket's certificate chain as PEM; unknown and foreign tickets are both 404. */
@RestController
class CertificateApi {

	static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");

	private final CertificateChains chains;

	CertificateApi(CertificateChains chains) {
		this.chains = chains;
	}

	@GetMapping("/api/v1/tickets/{ticketId}/certificates/{component}/{environment}.pem")
	ResponseEntity<String> chain(@PathVariable String ticketId, @PathVariable String component,
			@PathVariable String environment, Caller caller) {
		return ResponseEntity.ok()
			.contentType(PEM)
			.header("Content-Disposition", "attachment; filename=\"" + ticketId + "-" + component + "-" + environment + ".pem\"")
			.body(this.chains.chain(ticketId, component, environment, caller));
	}

	static String chainPath(String ticketId, String component, String environment) {
		return "/api/v1/tickets/" + ticketId + "/certificates/" + component + "/" + environment + ".pem";
	}

}
