package io.connectdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;


/**
 * The audit log is append-only in code: its store only appends and finds, no repository (with its
 * save-for-update and delete) exists for entries, and an entry cannot change once made.
 */
class AppendOnlyTest {

	@Test
	void theStoreOnlyAppendsAndFinds() {
		assertThat(Arrays.stream(AuditEntries.class.getDeclaredMethods()).filter(m -> !m.isSynthetic())
			.filter(m -> !Modifier.isPrivate(m.getModifiers())).map(Method::getName))
			.containsExactlyInAnyOrder("append", "find", "count");
	}

	@Test
	void noRepositoryServesAuditEntries() throws Exception {
		java.nio.file.Path classes = java.nio.file.Path.of(AuditEntries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		java.nio.file.Path module = classes.resolve(AuditEntries.class.getPackageName().replace('.', '/'));
		try (var files = java.nio.file.Files.walk(module)) {
			java.util.List<Class<?>> types = files.filter(path -> path.toString().endsWith(".class"))
				.map(path -> classes.relativize(path).toString().replace(".class", "").replace('/', '.'))
				.map(AppendOnlyTest::load)
				.toList();
			assertThat(types).contains(AuditEntry.class, AuditLog.class);
			assertThat(types).noneMatch(type -> Repository.class.isAssignableFrom(type));
		}
	}

	@Test
	void anEntryIsImmutable() {
		assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
		assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).map(Method::getName))
			.noneMatch(name -> name.startsWith("set") || name.startsWith("update") || name.startsWith("delete"));
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

}
