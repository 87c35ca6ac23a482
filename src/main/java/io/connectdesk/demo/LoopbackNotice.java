package io.connectdesk.demo;

import java.net.InetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up where the local demo listens: on the loopback interface only (application-local.yml), since
 * its users share the password "demo"; and warns when {@code server.address} (SERVER_ADDRESS) opened it wider.
 */
@Component
@Profile(DemoProfileGuard.LOCAL)
class LoopbackNotice {

	private static final Logger log = LoggerFactory.getLogger(LoopbackNotice.class);

	private final InetAddress address;

	LoopbackNotice(@Value("${server.address:#{null}}") InetAddress address) {
		this.address = address;
	}

	@EventListener
	void started(WebServerInitializedEvent event) {
		int port = event.getWebServer().getPort();
		if (this.address != null && this.address.isLoopbackAddress()) {
			log.info("Local demo profile: listening on {}:{} only, not reachable from other machines "
					+ "(set SERVER_ADDRESS to listen elsewhere)", this.address.getHostAddress(), port);
		}
		else {
			log.warn("Local demo profile listening on {} port {}: its demo users and their shared password are reachable "
					+ "from the network", this.address == null ? "every interface" : this.address.getHostAddress(), port);
		}
	}

}
