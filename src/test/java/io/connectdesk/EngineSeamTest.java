package io.connectdesk;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The engine seam is true: outside {@code io.connectdesk.workflow} no main class uses the engine, except the
 * delegates and listeners, which may use what they are given ({@code DelegateExecution}, {@code DelegateTask})
 * and {@code BpmnError}. A move to another engine (a fork such as Operaton) then touches {@code workflow} only.
 */
@AnalyzeClasses(packages = "io.connectdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineSeamTest {

	/**
	 * What a delegate or listener outside the seam may use; and {@code BaseDelegateExecution}, which no source names:
	 * the compiler's bridge method of {@code ExecutionListener.notify} (a {@code DelegateListener<BaseDelegateExecution>})
	 * takes it.
	 */
	static final Set<String> FOR_DELEGATES = Set.of("org.camunda.bpm.engine.delegate.JavaDelegate",
			"org.camunda.bpm.engine.delegate.DelegateExecution", "org.camunda.bpm.engine.delegate.DelegateTask",
			"org.camunda.bpm.engine.delegate.ExecutionListener", "org.camunda.bpm.engine.delegate.TaskListener",
			"org.camunda.bpm.engine.delegate.BpmnError", "org.camunda.bpm.engine.delegate.BaseDelegateExecution");

	@ArchTest
	static final ArchRule onlyTheSeamUsesTheEngine = noClasses().that()
		.resideOutsideOfPackage("io.connectdesk.workflow..")
		.should()
		.dependOnClassesThat(describe("are the engine's, beyond what delegates and listeners are given",
				(JavaClass type) -> type.getPackageName().startsWith("org.camunda")
						&& !FOR_DELEGATES.contains(type.getName())))
		.because("the engine is a dependency of the workflow seam only (docs/engine-seam.md)");

}
