package io.connectdesk.incident.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.incident.Alert;
import io.connectdesk.incident.AlertIntake;
import io.connectdesk.incident.AlertIntake.IntakeResult;
import io.connectdesk.incident.AlertIntegrations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Where monitors deliver alerts: {@code Authorization: Bearer cdi_…} (a customer's alert integration)
 * on every call, nothing anonymous. The token is checked before the body is read; a bad or foreign
 * body stores nothing.
 */
@RestController
@Tag(name = "Alerts", description = "Alert intake for monitors: Authorization: Bearer cdi_… (a customer's alert integration)")
class AlertIntakeApi {

	static final String TOKEN_INVALID = "alert-token-invalid";

	private static final String BEARER = "Bearer ";

	private final AlertIntegrations integrations;

	private final AlertIntake intake;

	private final AlertFormats formats;

	AlertIntakeApi(AlertIntegrations integrations, AlertIntake intake, ObjectMapper json) {
		this.integrations = integrations;
		this.intake = intake;
		this.formats = new AlertFormats(json);
	}

	@PostMapping(path = "/api/v1/alerts/alertmanager", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Prometheus Alertmanager's webhook (version 4), as Alertmanager sends it. Labels: component, "
			+ "environment, severity; see the generic format", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = AlertmanagerWebhook.class))))
	ResponseEntity<IntakeResult> alertmanager(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) byte[] body) {
		Long customerId = customerOf(authorization);
		return accepted(this.intake.receive(customerId, this.formats.alertmanager(bodyOf(body))));
	}

	@PostMapping(path = "/api/v1/alerts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Alerts in the generic format, for any monitor", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = GenericAlerts.class))))
	ResponseEntity<IntakeResult> generic(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestBody(required = false) byte[] body) {
		Long customerId = customerOf(authorization);
		List<Alert> alerts = this.formats.generic(bodyOf(body));
		return accepted(this.intake.receive(customerId, alerts));
	}

	@ExceptionHandler(UnknownIntegration.class)
	ResponseEntity<ProblemDetail> unknownIntegration() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
				"Send a working alert integration token: Authorization: Bearer cdi_…");
		problem.setTitle("Unauthorized");
		problem.setProperty("code", TOKEN_INVALID);
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private Long customerOf(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new UnknownIntegration();
		}
		return this.integrations.customerOf(authorization.substring(BEARER.length()).strip()).orElseThrow(UnknownIntegration::new);
	}

	private static byte[] bodyOf(byte[] body) {
		return body == null ? new byte[0] : body;
	}

	private static ResponseEntity<IntakeResult> accepted(IntakeResult result) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(result);
	}

	/** No token, or one that is no working integration's. */
	private static final class UnknownIntegration extends RuntimeException {

		UnknownIntegration() {
			super(null, null, false, false);
		}

	}

}
