/**
 * The seam to the process engine. Every start, task operation and message correlation of Connect
 * Desk goes through this package, one class per role: {@link io.connectdesk.workflow.Workflow} starts
 * processes and delivers messages, {@link io.connectdesk.workflow.ProcessInstances} tells what runs,
 * {@link io.connectdesk.workflow.UserTasks} works people's tasks,
 * {@link io.connectdesk.workflow.ExternalTaskControl} retries external tasks and
 * {@link io.connectdesk.workflow.CachedDecisions} evaluates decision tables. Variables the models and the
 * code share are {@link io.connectdesk.workflow.ProcessVariable} constants, so that the engine (Camunda 7
 * today, a maintained fork tomorrow) stays a dependency and a package name. Delegates live beside the
 * feature they serve; they touch only the {@code DelegateExecution} they are given.
 */
package io.connectdesk.workflow;
