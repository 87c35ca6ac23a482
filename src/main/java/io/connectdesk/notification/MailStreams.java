package io.connectdesk.notification;

import jakarta.mail.util.StreamProvider;

import org.eclipse.angus.mail.util.MailStreamProvider;
import org.springframework.context.annotation.Configuration;

/**
 * Names Jakarta Mail's {@link StreamProvider} in its system property, unless the operator named one.
 * Without the name, Jakarta Mail 2.1 looks the provider up with a {@link java.util.ServiceLoader}
 * scan of every jar on the class path each time it writes a message or parses one
 * (jakartaee/mail-api#861): a quarter of the notice sender's CPU, and as much again in every mail the
 * inbox reads. With it, the lookup is a load of an already loaded class. The property is the JVM's,
 * so it is set before any mail is written: this configuration is built with the context, and the
 * sender and the inbox run only once the application is ready.
 */
@Configuration(proxyBeanMethods = false)
class MailStreams {

	static final String PROPERTY = StreamProvider.class.getName();

	static {
		if (System.getProperty(PROPERTY) == null) {
			System.setProperty(PROPERTY, MailStreamProvider.class.getName());
		}
	}

}
