package io.connectdesk.customer;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A customer organization and the terms of its contract (its domains and environments live beside it). */
@Entity
@Table(name = "customer")
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	private ServicePlan servicePlan = ServicePlan.STANDARD;

	private int urgentSlots;

	private String quotaPeriod = UrgentQuota.DEFAULT_PERIOD.toString();

	private String timeZone = "UTC";

	@Version
	private long version;

	protected Customer() {
	}

	public Customer(String name, Instant createdAt) {
		this.name = name;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	ServicePlan getServicePlan() {
		return this.servicePlan;
	}

	UrgentQuota urgentQuota() {
		return new UrgentQuota(this.urgentSlots, Period.parse(this.quotaPeriod), ZoneId.of(this.timeZone));
	}

	void changeTerms(ServicePlan plan, UrgentQuota quota) {
		this.servicePlan = plan;
		this.urgentSlots = quota.slots();
		this.quotaPeriod = quota.period().toString();
		this.timeZone = quota.zone().getId();
	}

}
