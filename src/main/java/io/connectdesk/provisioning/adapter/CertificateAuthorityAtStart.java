package io.connectdesk.provisioning.adapter;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A node that provisions makes sure of the internal CA's root as it starts: the first node of a
 * cluster creates it, under a cluster lock, and every node started with it reads that one.
 */
@Component
@ConditionalOnProperty(name = "connectdesk.provisioning.enabled", havingValue = "true", matchIfMissing = true)
class CertificateAuthorityAtStart implements ApplicationRunner {

	private final CertificateAuthority authority;

	CertificateAuthorityAtStart(CertificateAuthority authority) {
		this.authority = authority;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.authority.certificate();
	}

}
