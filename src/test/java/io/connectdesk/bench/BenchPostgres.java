package io.connectdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL for the benches, durable as production runs it: {@code fsync} and
 * {@code synchronous_commit} on (zonky turns the latter off by default), its data under the bench's
 * data directory (a disk, not a memory file system).
 */
final class BenchPostgres implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private BenchPostgres(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static BenchPostgres start(Path dataDir) {
		try {
			Path data = dataDir.toAbsolutePath().resolve("pg-" + System.currentTimeMillis());
			Files.createDirectories(data);
			return new BenchPostgres(EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(true)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL did not start (as root it needs `unshare -U`)", ex);
		}
	}

	String url() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	/** The command-line properties an application needs besides the URL. */
	List<String> arguments() {
		return List.of("--spring.datasource.username=postgres", "--spring.datasource.password=");
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
