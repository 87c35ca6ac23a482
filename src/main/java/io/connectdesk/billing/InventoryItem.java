package io.connectdesk.billing;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.connectdesk.customer.EnvironmentKind;

/** One component a customer has in one environment, for the days from activation until removal. */
@Entity
@Table(name = "inventory_item")
class InventoryItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private Long customerId;

	private String componentKey;

	private String environmentKey;

	@Enumerated(EnumType.STRING)
	private EnvironmentKind environmentKind;

	private String activatedBy;

	private String parametersJson;

	private LocalDate activeFrom;

	private LocalDate activeUntil;

	private String removedBy;

	protected InventoryItem() {
	}

	InventoryItem(Long customerId, String componentKey, String environmentKey, EnvironmentKind environmentKind,
			String activatedBy, String parametersJson, LocalDate activeFrom) {
		this.customerId = customerId;
		this.componentKey = componentKey;
		this.environmentKey = environmentKey;
		this.environmentKind = environmentKind;
		this.activatedBy = activatedBy;
		this.parametersJson = parametersJson;
		this.activeFrom = activeFrom;
	}

	/** Counts no more from that day on; removing twice keeps the first removal. */
	void remove(LocalDate day, String ticketId) {
		if (this.activeUntil == null) {
			this.activeUntil = day;
			this.removedBy = ticketId;
		}
	}

	boolean isActiveOn(LocalDate day) {
		return !day.isBefore(this.activeFrom) && (this.activeUntil == null || day.isBefore(this.activeUntil));
	}

	InventoryItemView toView() {
		return new InventoryItemView(this.id, this.componentKey, this.environmentKey, this.environmentKind,
				this.activatedBy, this.parametersJson, this.activeFrom, this.activeUntil, this.removedBy);
	}

	Long getId() {
		return this.id;
	}

	Long getCustomerId() {
		return this.customerId;
	}

	String getComponentKey() {
		return this.componentKey;
	}

	String getEnvironmentKey() {
		return this.environmentKey;
	}

	String getParametersJson() {
		return this.parametersJson;
	}

}
