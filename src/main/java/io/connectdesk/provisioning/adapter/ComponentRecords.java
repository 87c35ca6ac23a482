package io.connectdesk.provisioning.adapter;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * What each adapter call left behind, by the request's idempotency key: the first call records its
 * outputs, a repeated call finds them and answers {@code created=false}.
 */
@Component
class ComponentRecords {

	private static final TypeReference<Map<String, String>> OUTPUTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	ComponentRecords(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	Optional<ProvisioningResult> existing(ProvisioningRequest request) {
		return this.jdbc.sql("select outputs from provisioned_component where request_key = ?")
			.param(request.key())
			.query(String.class)
			.optional()
			.map(outputs -> new ProvisioningResult(read(outputs), false));
	}

	ProvisioningResult created(ProvisioningRequest request, String kind, Map<String, String> outputs) {
		OffsetDateTime now = now();
		this.jdbc.sql("insert into provisioned_component (request_key, kind, customer_id, ticket_id, component_key, "
				+ "environment_key, outputs, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(request.key(), kind, request.customerId(), request.ticketId(), request.componentKey(),
					request.environmentKey(), write(outputs), now, now)
			.update();
		return new ProvisioningResult(outputs, true);
	}

	/** A change's outputs replace the first call's. */
	ProvisioningResult changed(ProvisioningRequest request, String kind, Map<String, String> outputs) {
		int updated = this.jdbc.sql("update provisioned_component set outputs = ?, updated_at = ? where request_key = ?")
			.params(write(outputs), now(), request.key())
			.update();
		return updated == 0 ? created(request, kind, outputs) : new ProvisioningResult(outputs, true);
	}

	void removed(ProvisioningRequest request) {
		this.jdbc.sql("delete from provisioned_component where request_key = ?").param(request.key()).update();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private Map<String, String> read(String outputs) {
		try {
			return this.json.readValue(outputs, OUTPUTS);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable outputs", ex);
		}
	}

	private String write(Map<String, String> outputs) {
		try {
			return this.json.writeValueAsString(new TreeMap<>(outputs));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
