package io.connectdesk.workflow;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A process variable that a model and the code share: its name and its Java type in one constant, so that
 * nobody casts {@code execution.getVariable("itemId")} and a variable cannot drift in type. Home-grown (not a
 * Camunda-only library) so that it survives a move to another engine. Enums are stored as their name, which
 * reads well in Cockpit and in gateway expressions ({@code ${reviewOutcome == 'ACCEPT'}}).
 *
 * <pre>{@code
 * static final ProcessVariable<Long> ITEM_ID = ProcessVariable.ofLong("itemId");
 * long id = ITEM_ID.get(execution);            // fails clearly when missing or of another type
 * workflow.start(KEY, ticket, ProcessVariables.of(ITEM_ID.value(42L)));
 * }</pre>
 *
 * @param <T> the type the code sees
 */
public final class ProcessVariable<T> {

	private final String name;

	private final Class<T> type;

	/** From what the engine stores to {@code T}; {@code null} when the stored value has another type. */
	private final Function<Object, T> reader;

	/** From {@code T} to what the engine stores. */
	private final Function<T, Object> writer;

	private ProcessVariable(String name, Class<T> type, Function<Object, T> reader, Function<T, Object> writer) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A process variable needs a name");
		}
		this.name = name;
		this.type = type;
		this.reader = reader;
		this.writer = writer;
	}

	/** A variable stored as it is (String, Boolean, Integer...). */
	public static <T> ProcessVariable<T> of(String name, Class<T> type) {
		return new ProcessVariable<>(name, type, value -> type.isInstance(value) ? type.cast(value) : null, value -> value);
	}

	public static ProcessVariable<String> ofString(String name) {
		return of(name, String.class);
	}

	public static ProcessVariable<Boolean> ofBoolean(String name) {
		return of(name, Boolean.class);
	}

	public static ProcessVariable<Integer> ofInteger(String name) {
		return of(name, Integer.class);
	}

	/** A {@code Long}; an Integer or Short (what a remote client or a JSON body may send) is widened. */
	public static ProcessVariable<Long> ofLong(String name) {
		return new ProcessVariable<>(name, Long.class,
				value -> value instanceof Long || value instanceof Integer || value instanceof Short
						? ((Number) value).longValue() : null,
				value -> value);
	}

	/** An enum, stored as its {@link Enum#name() name}: gateways compare it with the name, Cockpit shows it. */
	public static <E extends Enum<E>> ProcessVariable<E> ofEnum(String name, Class<E> type) {
		return new ProcessVariable<>(name, type,
				value -> value instanceof String text ? constantOf(type, text) : type.isInstance(value) ? type.cast(value) : null,
				Enum::name);
	}

	public String name() {
		return this.name;
	}

	public Class<T> type() {
		return this.type;
	}

	/**
	 * The variable as the scope (an execution, a task) sees it.
	 * @throws MissingProcessVariableException when it is not set
	 * @throws IllegalStateException when it holds a value of another type
	 */
	public T get(VariableScope scope) {
		return require(scope.getVariable(this.name));
	}

	/** The variable local to the scope (a multi-instance item's own value). */
	public T getLocal(VariableScope scope) {
		return require(scope.getVariableLocal(this.name));
	}

	/** The variable when set; empty when not set; fails when it holds a value of another type. */
	public Optional<T> find(VariableScope scope) {
		return ofStored(scope.getVariable(this.name));
	}

	/** Reads it from variables fetched by name (an external task's, a process instance's). */
	public T from(Map<String, ?> variables) {
		return require(variables.get(this.name));
	}

	/** Reads it through a lookup by name when set there; empty when not set. */
	public Optional<T> findIn(Function<String, ?> variables) {
		return ofStored(variables.apply(this.name));
	}

	/** Reads it through a lookup by name, such as an external task's {@code getVariable}. */
	public T from(Function<String, ?> variables) {
		return require(variables.apply(this.name));
	}

	/** A value as the engine stored it, when there is one; fails when it has another type. */
	Optional<T> ofStored(Object stored) {
		return Optional.ofNullable(stored).map(this::convert);
	}

	public void set(VariableScope scope, T value) {
		scope.setVariable(this.name, write(value));
	}

	public void setLocal(VariableScope scope, T value) {
		scope.setVariableLocal(this.name, write(value));
	}

	/** Sets it for this transaction only: never stored (a multi-instance collection read once, say). */
	public void setTransient(VariableScope scope, T value) {
		scope.setVariable(this.name, Variables.objectValue(write(value), true).create());
	}

	/** The variable with a value, for {@link ProcessVariables#of}. */
	public Value<T> value(T value) {
		return new Value<>(this, value);
	}

	/** What the engine stores for a value: the enum's name, the value itself otherwise. */
	public Object write(T value) {
		return value == null ? null : this.writer.apply(value);
	}

	private T require(Object stored) {
		if (stored == null) {
			throw new MissingProcessVariableException(this.name, this.type);
		}
		return convert(stored);
	}

	private T convert(Object stored) {
		T value = this.reader.apply(stored);
		if (value == null) {
			throw new IllegalStateException("Process variable '" + this.name + "' must be a "
					+ this.type.getSimpleName() + " but is a " + stored.getClass().getSimpleName() + ": " + stored);
		}
		return value;
	}

	private static <E extends Enum<E>> E constantOf(Class<E> type, String name) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(name)) {
				return constant;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return this.name + " (" + this.type.getSimpleName() + ")";
	}

	/** A variable and its value, as a start, a message or a completed task carries it. */
	public record Value<T>(ProcessVariable<T> variable, T value) {

		public Value {
			Objects.requireNonNull(variable, "variable");
		}

		Object stored() {
			return this.variable.write(this.value);
		}

	}

}
