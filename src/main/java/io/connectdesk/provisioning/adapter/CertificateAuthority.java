package io.connectdesk.provisioning.adapter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.connectdesk.cluster.ClusterLock;

/**
 * The service's own certificate authority: a root key and certificate made once for the whole cluster
 * and kept in the database ({@code certificate_authority}), the key AES-GCM encrypted with the secret
 * key. A root an earlier version kept under the data directory ({@code ca/}) is moved there. It issues
 * TLS server certificates (EC P-256) for the names a ticket asks for.
 */
@Component
class CertificateAuthority {

	private static final String SIGNATURE = "SHA256withECDSA";

	/** The one root's row in {@code certificate_authority}. */
	private static final String ROOT = "root";

	private final Path dir;

	private final SecretCipher cipher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** A certificate's validity starts this long before it is issued (clock skew). */
	static final Duration BACKDATE = Duration.ofSeconds(60);

	private final JdbcClient jdbc;

	private final ClusterLock cluster;

	private volatile Root root;

	CertificateAuthority(AdapterSettings settings, SecretCipher cipher, Clock clock, JdbcClient jdbc, ClusterLock cluster) {
		this.dir = settings.caDir();
		this.cipher = cipher;
		this.clock = clock;
		this.jdbc = jdbc;
		this.cluster = cluster;
	}

	/** The CA's own certificate: the trust anchor of every chain it issues. */
	X509Certificate certificate() {
		return root().certificate();
	}

	Issued issue(List<String> dnsNames, Duration validity) {
		try {
			KeyPair keys = ecKeys();
			Instant now = this.clock.instant();
			X509Certificate ca = root().certificate();
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(), Date.from(now.minus(BACKDATE)),
					Date.from(now.plus(validity)), new X500Name("CN=" + dnsNames.get(0)), keys.getPublic())
				.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
				.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement))
				.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
				.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(dnsNames.stream()
					.map(name -> new GeneralName(GeneralName.dNSName, name)).toArray(GeneralName[]::new)))
				.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
				.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
			X509Certificate leaf = sign(builder, root().key());
			return new Issued(leaf, keys.getPrivate());
		}
		catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot issue a certificate for " + dnsNames, ex);
		}
	}

	static String pem(Object... objects) {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			for (Object object : objects) {
				writer.writeObject(object);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private Root root() {
		Root loaded = this.root;
		if (loaded == null) {
			synchronized (this) {
				if (this.root == null) {
					this.root = loadOrCreate();
				}
				loaded = this.root;
			}
		}
		return loaded;
	}

	/**
	 * The root as the database holds it; else the one an earlier version left in the data directory,
	 * moved into the database; else a new one. Under a cluster lock: two nodes never make two roots.
	 */
	private Root loadOrCreate() {
		return this.cluster.exclusively("certificate-authority", () -> stored().orElseGet(() -> {
			Root root = fromDataDirectory().orElseGet(this::selfSignedRoot);
			this.jdbc.sql("insert into certificate_authority (id, certificate_pem, key_cipher_text, created_at) values (?, ?, ?, ?)")
				.params(ROOT, pem(root.certificate()), this.cipher.encrypt(root.key().getEncoded()),
						this.clock.instant().atOffset(ZoneOffset.UTC))
				.update();
			return root;
		}));
	}

	private Optional<Root> stored() {
		return this.jdbc.sql("select certificate_pem, key_cipher_text from certificate_authority where id = ?")
			.param(ROOT)
			.query((rs, row) -> root(rs.getString("certificate_pem").getBytes(StandardCharsets.US_ASCII), rs.getString("key_cipher_text")))
			.optional();
	}

	private Optional<Root> fromDataDirectory() {
		Path certificate = this.dir.resolve("ca.crt");
		Path key = this.dir.resolve("ca.key.enc");
		try {
			if (Files.exists(certificate) && Files.exists(key)) {
				return Optional.of(root(Files.readAllBytes(certificate), Files.readString(key).strip()));
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Root root(byte[] certificatePem, String keyCipherText) {
		try {
			PrivateKey privateKey = KeyFactory.getInstance("EC")
				.generatePrivate(new PKCS8EncodedKeySpec(this.cipher.decrypt(keyCipherText)));
			return new Root((X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(certificatePem)), privateKey);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read the certificate authority's root", ex);
		}
	}

	private Root selfSignedRoot() {
		try {
			return selfSigned();
		}
		catch (GeneralSecurityException | IOException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot create the certificate authority's root", ex);
		}
	}

	private Root selfSigned() throws GeneralSecurityException, IOException, OperatorCreationException {
		KeyPair keys = ecKeys();
		Instant now = this.clock.instant();
		X500Name name = new X500Name("CN=Connect Desk Internal CA,O=Connect Desk");
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minusSeconds(60)),
				Date.from(now.plus(Duration.ofDays(3650))), name, keys.getPublic())
			.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
			.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
			.addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
		return new Root(sign(builder, keys.getPrivate()), keys.getPrivate());
	}

	private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
			throws OperatorCreationException, GeneralSecurityException {
		return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(key)));
	}

	private static KeyPair ecKeys() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	private BigInteger serial() {
		return new BigInteger(127, this.random).add(BigInteger.ONE);
	}

	private record Root(X509Certificate certificate, PrivateKey key) {
	}

	record Issued(X509Certificate certificate, PrivateKey privateKey) {
	}

}
