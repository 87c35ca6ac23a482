package io.connectdesk.provisioning.adapter;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir where repositories and (local and test profiles only) the generated secret key live:
 * a directory every node of a cluster shares; the certificate authority lives in the database
 * (an earlier version's {@code ca/} here is moved there)
 * @param secretKey the AES-256 key (Base64) that encrypts generated secrets and the CA's key, the same
 * on every node; required outside the local and test profiles (read by {@code cluster.SecretKeys})
 * @param gitBaseUrl the address clone URLs start with
 * @param certificateValidity how long an issued leaf certificate is valid
 * @param renewalLead how long before a certificate expires its renewal ticket is filed
 */
@ConfigurationProperties("connectdesk.provisioning")
record AdapterSettings(@DefaultValue("./data/provisioning") Path dataDir, String secretKey,
		@DefaultValue("http://localhost:8080") String gitBaseUrl, @DefaultValue("P90D") Duration certificateValidity,
		@DefaultValue("P30D") Duration renewalLead) {

	Path gitDir() {
		return this.dataDir.resolve("git");
	}

	Path caDir() {
		return this.dataDir.resolve("ca");
	}

}
