package io.connectdesk.sla;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.connectdesk.common.Caller;
import io.connectdesk.common.ForbiddenException;
import io.connectdesk.common.NotFoundException;
import io.connectdesk.customer.ContractHolidays;
import io.connectdesk.customer.Customers;

/** Monthly service-level reports: a customer's people see their own, staff any customer's. */
@Service
@Transactional(readOnly = true)
public class ServiceLevelReports {

	private final ServiceLevelClockRepository clocks;

	private final ServiceLevelEventRepository events;

	private final ContractHolidays contracts;

	private final Customers customers;

	ServiceLevelReports(ServiceLevelClockRepository clocks, ServiceLevelEventRepository events,
			ContractHolidays contracts, Customers customers) {
		this.clocks = clocks;
		this.events = events;
		this.contracts = contracts;
		this.customers = customers;
	}

	/** The report of the caller's own customer. */
	public SlaReport own(Caller caller, YearMonth month) {
		if (caller.customerId() == null) {
			throw new ForbiddenException("not-a-customer-user", "Staff read a customer's report at its admin address");
		}
		return report(caller.customerId(), month);
	}

	/** Any customer's report, for staff; another customer's people get what an unknown id gets. */
	public SlaReport of(Long customerId, YearMonth month, Caller caller) {
		if (!caller.isStaff()) {
			throw new NotFoundException("customer-not-found", "There is no customer " + customerId);
		}
		return report(customerId, month);
	}

	/** The month that runs now in the customer's time zone; for staff without one, UTC's. */
	public YearMonth currentMonth(Long customerId, Instant now) {
		ZoneId zone = customerId == null ? ZoneId.of("UTC") : this.contracts.calendarOf(customerId).zone();
		return YearMonth.from(now.atZone(zone));
	}

	private SlaReport report(Long customerId, YearMonth month) {
		ZoneId zone = this.contracts.calendarOf(customerId).zone();
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		List<ServiceLevelClock> filed = this.clocks
			.findByCustomerIdAndStartedAtGreaterThanEqualAndStartedAtLessThanOrderByStartedAtAsc(customerId, from, to);
		List<BreachLine> breaches = filed.isEmpty() ? List.of()
				: this.events
					.findByCustomerIdAndKindAndTicketIdInOrderByRecordedAtAsc(customerId, ServiceLevelEvent.Kind.BREACH,
							filed.stream().map(ServiceLevelClock::getTicketId).toList())
					.stream()
					.map(event -> new BreachLine(event.getTicketId(), event.getTarget(), event.getDueAt(), event.getRecordedAt()))
					.toList();
		return new SlaReport(customerId, this.customers.nameOf(customerId), month, zone, filed.size(),
				ReportArithmetic.share(filed, ServiceLevelTarget.FIRST_RESPONSE),
				ReportArithmetic.share(filed, ServiceLevelTarget.RESOLUTION), breaches);
	}

}
