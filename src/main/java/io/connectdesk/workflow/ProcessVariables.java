package io.connectdesk.workflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Typed variables that travel together: what a process starts with, a message or a completed task carries,
 * or what was read from an instance. Built from {@link ProcessVariable} constants only, so a caller cannot
 * misspell a name or pass a value of the wrong type.
 *
 * <pre>{@code ProcessVariables.of(ITEM_ID.value(42L), MANUAL.value(false))}</pre>
 */
public final class ProcessVariables {

	private static final ProcessVariables NONE = new ProcessVariables(Map.of());

	private final Map<String, Object> stored;

	private ProcessVariables(Map<String, Object> stored) {
		this.stored = stored;
	}

	public static ProcessVariables none() {
		return NONE;
	}

	public static ProcessVariables of(ProcessVariable.Value<?>... values) {
		return NONE.and(values);
	}

	/** These variables and some more; a later value of the same variable wins. */
	public ProcessVariables and(ProcessVariable.Value<?>... values) {
		Map<String, Object> more = new LinkedHashMap<>(this.stored);
		for (ProcessVariable.Value<?> value : values) {
			more.put(value.variable().name(), value.stored());
		}
		return new ProcessVariables(Collections.unmodifiableMap(more));
	}

	/**
	 * A variable of these.
	 * @throws MissingProcessVariableException when it is not among them
	 */
	public <T> T get(ProcessVariable<T> variable) {
		return variable.from(this.stored);
	}

	/** A variable of these when set; empty when not among them. */
	public <T> Optional<T> find(ProcessVariable<T> variable) {
		return variable.findIn(this.stored::get);
	}

	/** What the engine is given: names to stored values (enums as their names). */
	Map<String, Object> asMap() {
		return this.stored;
	}

	/** Variables as read from the engine, for {@link #get}. */
	static ProcessVariables read(Map<String, Object> stored) {
		return new ProcessVariables(Collections.unmodifiableMap(new LinkedHashMap<>(stored)));
	}

	@Override
	public String toString() {
		return this.stored.toString();
	}

}
