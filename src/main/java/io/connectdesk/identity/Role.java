package io.connectdesk.identity;

/** What a person may do. Customer users are requesters and approvers; the others are service staff. */
public enum Role {

	REQUESTER, APPROVER, SRE, EXPERT, ADMIN;

	/** Staff work for the service and see every customer; customer users see only their own. */
	public boolean isStaff() {
		return this == SRE || this == EXPERT || this == ADMIN;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
