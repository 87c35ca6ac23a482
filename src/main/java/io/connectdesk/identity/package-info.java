/**
 * Who is calling: our own user accounts (BCrypt), their roles and customer, and the web security
 * that guards pages, the API, Camunda's REST API and its webapps.
 */
package io.connectdesk.identity;
