package io.connectdesk.workflow;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import io.connectdesk.common.ConcurrentUpdateException;

/**
 * Engine exceptions become ours at the seam: the engine's optimistic-locking conflict, thrown by a public method
 * of one of this package's public beans ({@link Workflow}, {@link CachedDecisions}), leaves it as a
 * {@link ConcurrentUpdateException}, which the API answers with 409 {@code concurrent-update} and pages show
 * as their concurrent-update message. Callers never see an {@code org.camunda} type.
 */
@Component
class EngineConflicts extends AbstractBeanFactoryAwareAdvisingPostProcessor {

	EngineConflicts() {
		MethodInterceptor translate = invocation -> {
			try {
				return invocation.proceed();
			}
			catch (OptimisticLockingException clash) {
				throw new ConcurrentUpdateException(clash);
			}
		};
		this.advisor = new DefaultPointcutAdvisor(new SeamFacades(), translate);
		setBeforeExistingAdvisors(true);
		setProxyTargetClass(true);
	}

	/** Public methods of this package's public components: what other modules call. */
	private static final class SeamFacades extends StaticMethodMatcherPointcut {

		SeamFacades() {
			setClassFilter(SeamFacades::isFacade);
		}

		private static boolean isFacade(Class<?> type) {
			return type.getPackageName().equals(EngineConflicts.class.getPackageName())
					&& Modifier.isPublic(type.getModifiers()) && AnnotatedElementUtils.hasAnnotation(type, Component.class);
		}

		@Override
		public boolean matches(Method method, Class<?> targetClass) {
			return Modifier.isPublic(method.getModifiers());
		}

	}

}
