/**
 * The catalog of components a ticket can activate (development, infrastructure, monitoring), what
 * each costs in MRU per month per kind of environment, and the USD value of one MRU. Prices and
 * rates are history: each has an effective date and a query answers the one in force on a day.
 * <p>
 * Other modules use {@link io.connectdesk.catalog.Catalog} only: component views (category,
 * provisioning adapter kind, request parameters), {@code monthlyMru}, {@code rateOn} and
 * {@code validate}. Admins edit through {@link io.connectdesk.catalog.CatalogAdministration}; the
 * catalog ships as a versioned data file ({@code catalog/catalog-v1.json}) loaded once per version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "common", "customer", "web" })
package io.connectdesk.catalog;
