package io.connectdesk.provisioning.adapter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
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
import java.util.Date;
import java.util.List;

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
import org.springframework.stereotype.Component;

/**
 * The service's own certificate authority: a root key and certificate made once under the data
 * directory ({@code ca/}), the key AES-GCM encrypted with the secret key and readable by the owner
 * only. It issues TLS server certificates (EC P-256) for the names a ticket asks for.
 */
@Component
class CertificateAuthority {

	private static final String SIGNATURE = "SHA256withECDSA";

	private final Path dir;

	private final SecretCipher cipher;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/** A certificate's validity starts this long before it is issued (clock skew). */
	static final Duration BACKDATE = Duration.ofSeconds(60);

	private volatile Root root;

	CertificateAuthority(AdapterSettings settings, SecretCipher cipher, Clock clock) {
		this.dir = settings.caDir();
		this.cipher = cipher;
		this.clock = clock;
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

	private Root loadOrCreate() {
		Path certificate = this.dir.resolve("ca.crt");
		Path key = this.dir.resolve("ca.key.enc");
		try {
			if (Files.exists(certificate) && Files.exists(key)) {
				byte[] der = this.cipher.decrypt(Files.readString(key).strip());
				PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
				try (var in = Files.newInputStream(certificate)) {
					return new Root((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in), privateKey);
				}
			}
			Root created = selfSigned();
			OwnerOnlyFiles.write(key, this.cipher.encrypt(created.key().getEncoded()));
			OwnerOnlyFiles.write(certificate, pem(created.certificate()));
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException | OperatorCreationException ex) {
			throw new IllegalStateException("Cannot load or create the certificate authority in " + this.dir, ex);
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
