/**
 * Who is calling: our own user accounts (BCrypt), their roles and customer, and the web security
 * that guards pages, the API, Camunda's REST API and its webapps. {@link io.connectdesk.identity.Enrolment}
 * creates and activates inactive accounts (sign-up, invitations), {@link io.connectdesk.identity.Memberships}
 * answers who belongs to a customer and who approves; {@code SignInThrottle} locks an account after
 * repeated failed sign-ins.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common", "customer", "ratelimit", "web" })
package io.connectdesk.identity;
