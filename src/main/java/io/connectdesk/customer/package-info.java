/**
 * Customer organizations and their contracts. Each customer is a single tenant: nothing of one
 * customer is visible to another. A contract holds the corporate e-mail domains, the service-level
 * plan and the urgent quota; a customer has one production, one pre-production and any additional
 * environments. {@link io.connectdesk.customer.Customers} serves the other modules,
 * {@link io.connectdesk.customer.Contracts} the admins; every admin change publishes a
 * {@link io.connectdesk.customer.CustomerChanged}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "web" })
package io.connectdesk.customer;
