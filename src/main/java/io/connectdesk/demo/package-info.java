/** The demo customer and users of the local profile. Never loaded in production. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "billing", "cluster", "common", "customer", "identity", "oncall" })
package io.connectdesk.demo;
