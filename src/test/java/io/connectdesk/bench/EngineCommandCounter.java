package io.connectdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts the commands the process engine executes (a process start, a message correlation, a query,
 * a job...), nested ones included: an engine plugin that puts a counting interceptor first in the
 * engine's command chains. The one instance counts for the whole JVM.
 */
public final class EngineCommandCounter extends AbstractProcessEnginePlugin {

	private static final AtomicLong COMMANDS = new AtomicLong();

	private static final AtomicLong FOREGROUND = new AtomicLong();

	/** The engine commands counted so far in this JVM. */
	public static long count() {
		return COMMANDS.get();
	}

	/** The commands counted so far on the {@linkplain SqlStatementCounter#isForeground foreground threads}. */
	public static long foregroundCount() {
		return FOREGROUND.get();
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired()));
		configuration.setCustomPreCommandInterceptorsTxRequiresNew(with(configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
	}

	private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
		List<CommandInterceptor> all = new ArrayList<>();
		all.add(new Counting());
		if (interceptors != null) {
			all.addAll(interceptors);
		}
		return all;
	}

	private static final class Counting extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			COMMANDS.incrementAndGet();
			if (SqlStatementCounter.isForeground(Thread.currentThread())) {
				FOREGROUND.incrementAndGet();
			}
			return this.next.execute(command);
		}

	}

}
