package io.connectdesk.provisioning.adapter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.connectdesk.provisioning.ProvisioningRequest;

/** The certificates the internal CA issued, one per request key, and their renewal tickets. */
@Component
class IssuedCertificates {

	private static final String COLUMNS = "request_key, customer_id, ticket_id, component_key, environment_key, serial, "
			+ "fingerprint, not_after, pem_chain, private_key_ref, renewal_ticket_id";

	private final JdbcClient jdbc;

	IssuedCertificates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String requestKey) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_certificate where request_key = ?")
			.param(requestKey)
			.query(IssuedCertificates::row)
			.optional();
	}

	void save(ProvisioningRequest request, String serial, String fingerprint, Instant notAfter, String pemChain,
			String privateKeyRef, Instant now) {
		this.jdbc.sql("insert into issued_certificate (" + COLUMNS + ", created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?)")
			.params(request.key(), request.customerId(), request.ticketId(), request.componentKey(), request.environmentKey(),
					serial, fingerprint, utc(notAfter), pemChain, privateKeyRef, utc(now))
			.update();
	}

	void delete(String requestKey) {
		this.jdbc.sql("delete from issued_certificate where request_key = ?").param(requestKey).update();
	}

	/** Certificates that expire before the instant and have no renewal ticket yet. */
	List<Row> expiringWithoutRenewal(Instant before) {
		return this.jdbc.sql("select " + COLUMNS + " from issued_certificate where not_after < ? and renewal_ticket_id is null "
				+ "order by not_after")
			.param(utc(before))
			.query(IssuedCertificates::row)
			.list();
	}

	void renewalFiled(Row certificate, String renewalTicketId) {
		this.jdbc.sql("update issued_certificate set renewal_ticket_id = ? where request_key = ?")
			.params(renewalTicketId, certificate.requestKey())
			.update();
		this.jdbc.sql("update certificate_renewal set ticket_id = ? where serial = ?").params(renewalTicketId, certificate.serial()).update();
	}

	/**
	 * Claims the certificate's renewal: its serial's row in {@code certificate_renewal} (primary key) is
	 * inserted once however many nodes try. Called in the transaction that files the renewal, so a node
	 * that dies while filing leaves no claim behind; a node that loses the race waits for the winner's
	 * commit and gets the duplicate key.
	 *
	 * @return whether this caller holds the claim and files the renewal
	 */
	boolean claimRenewal(Row certificate, Instant now) {
		try {
			this.jdbc.sql("insert into certificate_renewal (serial, request_key, ticket_id, claimed_at) values (?, ?, null, ?)")
				.params(certificate.serial(), certificate.requestKey(), utc(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException claimedElsewhere) {
			return false;
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Row row(ResultSet rs, int index) throws SQLException {
		return new Row(rs.getString("request_key"), rs.getLong("customer_id"), rs.getString("ticket_id"),
				rs.getString("component_key"), rs.getString("environment_key"), rs.getString("serial"),
				rs.getString("fingerprint"), rs.getObject("not_after", OffsetDateTime.class).toInstant(),
				rs.getString("pem_chain"), rs.getString("private_key_ref"), rs.getString("renewal_ticket_id"));
	}

	record Row(String requestKey, Long customerId, String ticketId, String componentKey, String environmentKey,
			String serial, String fingerprint, Instant notAfter, String pemChain, String privateKeyRef,
			String renewalTicketId) {
	}

}
