package io.connectdesk.provisioning.adapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.InvalidInputException;
import io.connectdesk.provisioning.ProvisioningAdapter;
import io.connectdesk.provisioning.ProvisioningRequest;
import io.connectdesk.provisioning.ProvisioningResult;

/**
 * {@code tls-certificate}: a server certificate from the internal CA for the request's
 * {@code dnsNames}, valid {@code validityDays} (default: connectdesk.provisioning.certificate-validity).
 * The chain (leaf, then CA) is public and downloadable; the private key is a secret, stored encrypted
 * and named by its id. A change (its own request key: the change ticket's) issues a new certificate for the
 * new names and validity; repeating it with the same key and parameters returns that certificate, and
 * different parameters under the same key replace it.
 */
@Component
class CertificateAdapter implements ProvisioningAdapter {

	static final String KIND = "tls-certificate";

	/** {@code GeneralName.dNSName} in {@link X509Certificate#getSubjectAlternativeNames()}. */
	private static final int DNS_NAME_TYPE = 2;

	private static final String DNS_NAME = "(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}";

	private final CertificateAuthority authority;

	private final IssuedCertificates certificates;

	private final Secrets secrets;

	private final AdapterSettings settings;

	private final Clock clock;

	CertificateAdapter(CertificateAuthority authority, IssuedCertificates certificates, Secrets secrets,
			AdapterSettings settings, Clock clock) {
		this.authority = authority;
		this.certificates = certificates;
		this.secrets = secrets;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional
	public ProvisioningResult provision(ProvisioningRequest request) {
		return this.certificates.find(request.key())
			.map(existing -> new ProvisioningResult(outputs(existing), false))
			.orElseGet(() -> new ProvisioningResult(outputs(issue(request)), true));
	}

	@Override
	@Transactional
	public ProvisioningResult change(ProvisioningRequest request) {
		List<String> names = dnsNames(request);
		Duration validity = validity(request);
		Optional<IssuedCertificates.Row> existing = this.certificates.find(request.key());
		if (existing.isPresent() && issuedFor(existing.get(), names, validity)) {
			return new ProvisioningResult(outputs(existing.get()), false);
		}
		this.certificates.delete(request.key());
		return new ProvisioningResult(outputs(issue(request)), true);
	}

	/** Whether the row's certificate is for exactly these names (in order) and this validity: a repeated change. */
	private static boolean issuedFor(IssuedCertificates.Row row, List<String> names, Duration validity) {
		try (ByteArrayInputStream in = new ByteArrayInputStream(row.pemChain().getBytes(StandardCharsets.US_ASCII))) {
			X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
			Collection<List<?>> alternatives = leaf.getSubjectAlternativeNames();
			List<String> issued = alternatives == null ? List.of() : alternatives.stream()
				.filter(name -> Integer.valueOf(DNS_NAME_TYPE).equals(name.get(0)))
				.map(name -> String.valueOf(name.get(1)))
				.toList();
			Duration issuedValidity = Duration.between(leaf.getNotBefore().toInstant().plus(CertificateAuthority.BACKDATE),
					leaf.getNotAfter().toInstant());
			return issued.equals(names) && issuedValidity.equals(validity);
		}
		catch (CertificateException | IOException unreadable) {
			return false;
		}
	}

	@Override
	@Transactional
	public void deprovision(ProvisioningRequest request) {
		this.certificates.delete(request.key());
		this.secrets.removeAll(request);
	}

	@Override
	public boolean verify(ProvisioningRequest request) {
		return this.certificates.find(request.key()).filter(row -> row.notAfter().isAfter(this.clock.instant())).isPresent();
	}

	private IssuedCertificates.Row issue(ProvisioningRequest request) {
		CertificateAuthority.Issued issued = this.authority.issue(dnsNames(request), validity(request));
		X509Certificate leaf = issued.certificate();
		String chain = CertificateAuthority.pem(leaf, this.authority.certificate());
		String keyRef = this.secrets.store(request, "private-key-" + leaf.getSerialNumber().toString(16),
				CertificateAuthority.pem(issued.privateKey()).getBytes(StandardCharsets.US_ASCII));
		this.certificates.save(request, leaf.getSerialNumber().toString(16), fingerprint(leaf), leaf.getNotAfter().toInstant(),
				chain, keyRef, this.clock.instant());
		return this.certificates.find(request.key()).orElseThrow();
	}

	private Duration validity(ProvisioningRequest request) {
		Integer days = Parameters.of(request).number("validityDays");
		if (days != null && (days < 1 || days > 397)) {
			throw InvalidInputException.of("validityDays", "Between 1 and 397 days");
		}
		return days == null ? this.settings.certificateValidity() : Duration.ofDays(days);
	}

	private static List<String> dnsNames(ProvisioningRequest request) {
		List<String> names = Parameters.of(request).texts("dnsNames");
		if (names.isEmpty()) {
			throw InvalidInputException.of("dnsNames", "Name at least one DNS name");
		}
		for (int index = 0; index < names.size(); index++) {
			if (!names.get(index).matches(DNS_NAME)) {
				throw InvalidInputException.of("dnsNames[" + index + "]", "Not a DNS name: " + names.get(index));
			}
		}
		return names;
	}

	private static Map<String, String> outputs(IssuedCertificates.Row row) {
		return Map.of("serial", row.serial(), "fingerprintSha256", row.fingerprint(), "notAfter", row.notAfter().toString(),
				"chainUrl", CertificateApi.chainPath(row.ticketId(), row.componentKey(), row.environmentKey()),
				"privateKeyRef", row.privateKeyRef());
	}

	static String fingerprint(X509Certificate certificate) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
