package io.connectdesk.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of a customer's environments. */
@Entity
@Table(name = "customer_environment")
class CustomerEnvironment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long customerId;

	@Column(name = "env_key")
	private String key;

	private String displayName;

	@Enumerated(EnumType.STRING)
	private EnvironmentKind kind;

	protected CustomerEnvironment() {
	}

	CustomerEnvironment(Long customerId, NewEnvironment environment) {
		this.customerId = customerId;
		this.key = environment.key();
		this.displayName = environment.displayName().strip();
		this.kind = environment.kind();
	}

	EnvironmentView toView() {
		return new EnvironmentView(this.key, this.displayName, this.kind);
	}

	String getKey() {
		return this.key;
	}

}
