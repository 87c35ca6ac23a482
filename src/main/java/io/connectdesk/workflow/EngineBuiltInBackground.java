package io.connectdesk.workflow;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts building the process engine on Spring's bootstrap executor when the context starts making its singletons
 * (docs/startup.md): the engine's MyBatis mappings are parsed, and its schema checked, while the main thread makes
 * the other beans, instead of when the first bean that needs the engine asks for it. That bean still waits for the
 * engine if it is not built yet, so the context (and health UP) is ready only with the engine. Not earlier, while the
 * web server's filters are made: only while the singletons are made does Spring let two threads create beans side
 * by side (the main thread would wait for the whole build on the singleton lock otherwise). A build
 * that fails here is only logged: the bean that asks for the engine next builds it again and fails the start with
 * the engine's own error.
 */
final class EngineBuiltInBackground implements BeanPostProcessor, BeanFactoryAware {

	private static final Logger log = LoggerFactory.getLogger(EngineBuiltInBackground.class);

	private final String engineBean;

	private final AtomicBoolean started = new AtomicBoolean();

	private ConfigurableListableBeanFactory beans;

	EngineBuiltInBackground(String engineBean) {
		this.engineBean = engineBean;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beans = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		// Frozen: the configuration is frozen just before the singletons are made.
		if (this.beans.isConfigurationFrozen() && this.beans.containsBean(this.engineBean)
				&& this.beans.containsBean(ConfigurableApplicationContext.BOOTSTRAP_EXECUTOR_BEAN_NAME)
				&& this.started.compareAndSet(false, true)) {
			this.beans.getBean(ConfigurableApplicationContext.BOOTSTRAP_EXECUTOR_BEAN_NAME, Executor.class)
				.execute(this::build);
		}
		return bean;
	}

	private void build() {
		try {
			this.beans.getBean(this.engineBean);
		}
		catch (RuntimeException ex) {
			log.debug("The engine's background build failed; the first bean that needs it builds it again", ex);
		}
	}

}
