package io.connectdesk.provisioning.adapter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.SystemFiling;
import io.connectdesk.ticket.TicketType;

/**
 * Every day, files a renewal ticket for each certificate that expires within the renewal lead
 * (30 days by default), once per certificate, on behalf of the requester of the ticket that asked for it.
 */
@Component
class CertificateRenewals {

	private static final Logger log = LoggerFactory.getLogger(CertificateRenewals.class);

	private final IssuedCertificates certificates;

	private final SystemFiling filing;

	private final AdapterSettings settings;

	private final Clock clock;

	CertificateRenewals(IssuedCertificates certificates, SystemFiling filing, AdapterSettings settings, Clock clock) {
		this.certificates = certificates;
		this.filing = filing;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${connectdesk.provisioning.renewal-check-cron:0 15 6 * * *}", zone = "UTC")
	void daily() {
		fileRenewals();
	}

	/** @return the renewal tickets filed now */
	List<String> fileRenewals() {
		List<String> filed = new ArrayList<>();
		for (IssuedCertificates.Row certificate : this.certificates.expiringWithoutRenewal(this.clock.instant().plus(this.settings.renewalLead()))) {
			try {
				filed.add(renew(certificate));
			}
			catch (RuntimeException ex) { // one certificate's failure does not hold up the others; tried again tomorrow
				log.error("Cannot file the renewal of the certificate of {}", certificate.requestKey(), ex);
			}
		}
		return filed;
	}

	private String renew(IssuedCertificates.Row certificate) {
		LocalDate expiry = LocalDate.ofInstant(certificate.notAfter(), ZoneOffset.UTC);
		String title = "Renew the TLS certificate " + certificate.componentKey() + " (" + certificate.environmentKey() + "), expires " + expiry;
		FileTicket request = new FileTicket(TicketType.INFRASTRUCTURE_CHANGE, title.length() > 200 ? title.substring(0, 200) : title,
				"The certificate issued for " + certificate.ticketId() + " (serial " + certificate.serial() + ", SHA-256 "
						+ certificate.fingerprint() + ") expires on " + expiry + ". Filed by Connect Desk.",
				List.of(certificate.componentKey()), List.of(certificate.environmentKey()), List.of(), false);
		String renewal = this.filing.fileFollowUp(certificate.ticketId(), request);
		this.certificates.renewalFiled(certificate.requestKey(), renewal);
		log.info("Filed {} to renew the certificate of {}, which expires {}", renewal, certificate.requestKey(), expiry);
		return renewal;
	}

}
