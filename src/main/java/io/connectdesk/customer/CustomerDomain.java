package io.connectdesk.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A corporate e-mail domain of a customer's contract. */
@Entity
@Table(name = "customer_domain")
class CustomerDomain {

	@Id
	private String domain;

	private Long customerId;

	protected CustomerDomain() {
	}

	CustomerDomain(String domain, Long customerId) {
		this.domain = domain;
		this.customerId = customerId;
	}

	String getDomain() {
		return this.domain;
	}

	Long getCustomerId() {
		return this.customerId;
	}

}
