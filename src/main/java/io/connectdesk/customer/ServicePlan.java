package io.connectdesk.customer;

/** The service level a contract buys; service-level targets are decided from it. */
public enum ServicePlan {

	STANDARD, PREMIUM, ENTERPRISE

}
