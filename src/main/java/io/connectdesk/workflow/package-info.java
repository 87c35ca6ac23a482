/**
 * The seam to the process engine. Every start, task operation and message correlation of Connect
 * Desk goes through {@link io.connectdesk.workflow.Workflow}, so that the engine (Camunda 7 today,
 * a maintained fork tomorrow) stays a dependency and a package name. Delegates live beside the
 * feature they serve; they touch only the {@code DelegateExecution} they are given.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "common" })
package io.connectdesk.workflow;
