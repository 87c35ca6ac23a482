/**
 * The seam to the process engine: the only package that imports {@code org.camunda}, so that the engine (Camunda 7
 * today, a maintained fork such as Operaton tomorrow) stays a dependency and a package name
 * ({@code docs/engine-seam.md}). One class per role: {@link io.connectdesk.workflow.Workflow} starts processes and
 * delivers messages, {@link io.connectdesk.workflow.ProcessInstances} tells what runs,
 * {@link io.connectdesk.workflow.UserTasks} works people's tasks, {@link io.connectdesk.workflow.ExternalTaskControl}
 * retries external tasks and {@link io.connectdesk.workflow.CachedDecisions} evaluates decision tables. Variables the
 * models and the code share are {@link io.connectdesk.workflow.ProcessVariable} constants. External tasks are worked
 * under one worker policy, in-process ({@link io.connectdesk.workflow.ExternalWork}) or remote
 * ({@link io.connectdesk.workflow.RemoteExternalWork}), for a feature's {@link io.connectdesk.workflow.ExternalWorker};
 * incidents are told to features ({@link io.connectdesk.workflow.ExternalTaskIncidents}); the webapps sign on from
 * the portal's session; and the engine's exceptions leave as ours (an optimistic-locking clash is a
 * {@link io.connectdesk.common.ConcurrentUpdateException}). Delegates and listeners live beside the feature they
 * serve and touch only the {@code DelegateExecution} or {@code DelegateTask} they are given, and {@code BpmnError};
 * {@code EngineSeamTest} fails the build otherwise.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "cluster", "common" })
package io.connectdesk.workflow;
