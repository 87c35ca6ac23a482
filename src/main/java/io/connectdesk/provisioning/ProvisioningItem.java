package io.connectdesk.provisioning;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One component in one environment of a ticket, and what provisioning did with it. */
@Entity
@Table(name = "provisioning_item")
class ProvisioningItem {

	static final int ERROR_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String ticketId;

	private Long customerId;

	private String componentKey;

	private String environmentKey;

	private String adapterKind;

	@Enumerated(EnumType.STRING)
	private Operation operation;

	@Enumerated(EnumType.STRING)
	private ItemStatus status;

	private String outputs;

	private String lastError;

	private int attempts;

	private Instant createdAt;

	private Instant updatedAt;

	protected ProvisioningItem() {
	}

	ProvisioningItem(String ticketId, Long customerId, String componentKey, String environmentKey, String adapterKind,
			Operation operation, Instant now) {
		this.ticketId = ticketId;
		this.customerId = customerId;
		this.componentKey = componentKey;
		this.environmentKey = environmentKey;
		this.adapterKind = adapterKind;
		this.operation = operation;
		this.status = ItemStatus.PENDING;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void done(String outputs, int attempts, Instant now) {
		this.status = ItemStatus.DONE;
		this.outputs = outputs;
		this.attempts = Math.max(this.attempts, attempts);
		this.lastError = null;
		this.updatedAt = now;
	}

	void failed(String error, int attempts, Instant now) {
		this.status = ItemStatus.FAILED;
		this.lastError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
		this.attempts = Math.max(this.attempts, attempts);
		this.updatedAt = now;
	}

	/** An SRE asked for another try. */
	void retrying(Instant now) {
		this.status = ItemStatus.PENDING;
		this.updatedAt = now;
	}

	void compensated(Instant now) {
		this.status = ItemStatus.COMPENSATED;
		this.updatedAt = now;
	}

	boolean isManual() {
		return AdapterKinds.MANUAL.equals(this.adapterKind);
	}

	Long getId() {
		return this.id;
	}

	String getTicketId() {
		return this.ticketId;
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

	String getAdapterKind() {
		return this.adapterKind;
	}

	Operation getOperation() {
		return this.operation;
	}

	ItemStatus getStatus() {
		return this.status;
	}

	String getOutputs() {
		return this.outputs;
	}

	String getLastError() {
		return this.lastError;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
