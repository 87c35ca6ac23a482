/**
 * Getting access: people sign up with the corporate e-mail of their customer's contract, admins
 * invite people, customer admins mark their approvers. Accounts start inactive and become active
 * through a one-time link mailed to their address.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "customer", "identity", "web" })
package io.connectdesk.access;
