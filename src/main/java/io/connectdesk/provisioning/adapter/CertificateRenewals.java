package io.connectdesk.provisioning.adapter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.connectdesk.cluster.ClusterLock;
import io.connectdesk.cluster.DueTimes;
import io.connectdesk.ticket.FileTicket;
import io.connectdesk.ticket.SystemFiling;
import io.connectdesk.ticket.TicketType;

/**
 * Every day, files a renewal ticket for each certificate that expires within the renewal lead
 * (30 days by default), once per certificate, on behalf of the requester of the ticket that asked for it.
 * Every node's scheduler fires; one node per due time claims the run ({@link ClusterLock#claimRun}),
 * and each certificate's renewal is claimed by its serial (a primary key) in the transaction that files
 * its ticket, so however many nodes check, and whichever dies, each certificate gets one renewal ticket.
 */
@Component
class CertificateRenewals {

	private static final Logger log = LoggerFactory.getLogger(CertificateRenewals.class);

	static final String JOB = "certificate-renewals";

	private final IssuedCertificates certificates;

	private final SystemFiling filing;

	private final AdapterSettings settings;

	private final Clock clock;

	private final ClusterLock cluster;

	private final CronExpression schedule;

	private final TransactionTemplate transaction;

	CertificateRenewals(IssuedCertificates certificates, SystemFiling filing, AdapterSettings settings, Clock clock,
			ClusterLock cluster, PlatformTransactionManager transactions, @Value("${connectdesk.provisioning.renewal-check-cron:0 15 6 * * *}") String cron) {
		this.certificates = certificates;
		this.filing = filing;
		this.settings = settings;
		this.clock = clock;
		this.cluster = cluster;
		this.schedule = CronExpression.parse(cron);
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${connectdesk.provisioning.renewal-check-cron:0 15 6 * * *}", zone = "UTC")
	void daily() {
		checkDue(this.clock.instant());
	}

	/** The check due at the latest scheduled time up to now, on this node if no other node has run it yet. */
	List<String> checkDue(Instant now) {
		Instant due = DueTimes.latest(this.schedule, ZoneOffset.UTC, now);
		if (!this.cluster.claimRun(JOB, due)) {
			log.debug("The renewal check due {} ran on another node", due);
			return List.of();
		}
		return fileRenewals();
	}

	/** @return the renewal tickets filed now */
	List<String> fileRenewals() {
		List<String> filed = new ArrayList<>();
		for (IssuedCertificates.Row certificate : this.certificates.expiringWithoutRenewal(this.clock.instant().plus(this.settings.renewalLead()))) {
			try {
				String renewal = renew(certificate);
				if (renewal != null) {
					filed.add(renewal);
				}
			}
			catch (RuntimeException ex) { // one certificate's failure does not hold up the others; tried again tomorrow
				log.error("Cannot file the renewal of the certificate of {}", certificate.requestKey(), ex);
			}
		}
		return filed;
	}

	/** Claim, ticket and record in one transaction: all of them, or (a node died, another node won) none. */
	private String renew(IssuedCertificates.Row certificate) {
		return this.transaction.execute(status -> {
			if (!this.certificates.claimRenewal(certificate, this.clock.instant())) {
				status.setRollbackOnly();
				return null;
			}
			return file(certificate);
		});
	}

	private String file(IssuedCertificates.Row certificate) {
		LocalDate expiry = LocalDate.ofInstant(certificate.notAfter(), ZoneOffset.UTC);
		String title = "Renew the TLS certificate " + certificate.componentKey() + " (" + certificate.environmentKey() + "), expires " + expiry;
		FileTicket request = new FileTicket(TicketType.INFRASTRUCTURE_CHANGE, title.length() > 200 ? title.substring(0, 200) : title,
				"The certificate issued for " + certificate.ticketId() + " (serial " + certificate.serial() + ", SHA-256 "
						+ certificate.fingerprint() + ") expires on " + expiry + ". Filed by Connect Desk.",
				List.of(certificate.componentKey()), List.of(certificate.environmentKey()), List.of(), false);
		String renewal = this.filing.fileFollowUp(certificate.ticketId(), request);
		this.certificates.renewalFiled(certificate, renewal);
		log.info("Filed {} to renew the certificate of {}, which expires {}", renewal, certificate.requestKey(), expiry);
		return renewal;
	}

}
