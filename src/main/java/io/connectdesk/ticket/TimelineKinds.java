package io.connectdesk.ticket;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every module's timeline kinds by their stored name: the enums implementing {@link LineKind} under
 * {@code io.connectdesk}, found once at start-up, so a module adds kinds in one file of its own. Two kinds
 * with the same name stop the start-up: a stored line must mean one thing. The same holds for the sentences of
 * details ({@link LineMessage}).
 */
@Component
public class TimelineKinds {

	private static final String BASE_PACKAGE = "io.connectdesk";

	private final Map<String, LineKind> byName;

	private final Map<String, LineMessage> sentences;

	TimelineKinds() {
		this.byName = Map.copyOf(scan(LineKind.class));
		this.sentences = Map.copyOf(scan(LineMessage.class));
	}

	/** The kind stored under that name; a name no module owns any more: an internal line of that name. */
	public LineKind of(String name) {
		LineKind kind = this.byName.get(name);
		return kind != null ? kind : new Unowned(name);
	}

	/** Every module's kinds. */
	Collection<LineKind> all() {
		return this.byName.values();
	}

	/** Every module's sentences for details ({@link LineMessage}), which also must not share a name. */
	Collection<LineMessage> sentences() {
		return this.sentences.values();
	}

	private static <T> Map<String, T> scan(Class<T> kind) {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(kind));
		Map<String, T> found = new HashMap<>();
		scanner.findCandidateComponents(BASE_PACKAGE).forEach(candidate -> {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), TimelineKinds.class.getClassLoader());
			if (!type.isEnum()) {
				return;
			}
			for (Object constant : type.getEnumConstants()) {
				String name = ((Enum<?>) constant).name();
				Object other = found.put(name, kind.cast(constant));
				if (other != null && other != constant) {
					throw new IllegalStateException("Two " + kind.getSimpleName() + "s are named " + name + ": "
							+ other.getClass().getName() + " and " + type.getName());
				}
			}
		});
		return found;
	}

	/** A stored kind whose module is gone: shown to staff only, under its name. */
	record Unowned(@JsonValue String name) implements LineKind {

		@Override
		public boolean isInternal() {
			return true;
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

}
