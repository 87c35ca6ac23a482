package io.connectdesk.common;

/**
 * What a person may do. Customer users are requesters and approvers; SRE, EXPERT and ADMIN are
 * service staff; WORKER is a service account of the provisioning workers: like staff it belongs to no
 * customer, but it sees no customer's data, only Camunda's REST API.
 */
public enum Role {

	REQUESTER, APPROVER, SRE, EXPERT, ADMIN, WORKER;

	/** Staff work for the service and see every customer; customer users see only their own. */
	public boolean isStaff() {
		return this == SRE || this == EXPERT || this == ADMIN;
	}

	/** Roles a customer's user may hold. */
	public boolean isCustomerRole() {
		return this == REQUESTER || this == APPROVER;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
