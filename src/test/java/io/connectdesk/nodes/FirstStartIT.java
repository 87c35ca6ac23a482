package io.connectdesk.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, "Concurrent first start": two nodes started at the same moment on an empty PostgreSQL both come up
 * (Flyway, the engine's schema, catalog loading), and the catalog is loaded once.
 */
class FirstStartIT {

	@TempDir
	Path dir;

	@Test
	void twoNodesStartedTogetherOnAnEmptyDatabaseBothComeUp() throws Exception {
		try (Cluster cluster = new Cluster(this.dir)) {
			Node a = new Node("first-a", this.dir, cluster.arguments(false));
			Node b = new Node("first-b", this.dir, cluster.arguments(false));
			cluster.nodes.addAll(List.of(a, b));
			a.start();
			b.start();
			a.awaitReady(Cluster.START);
			b.awaitReady(Cluster.START);

			assertThat(cluster.count("select count(*) from flyway_schema_history where not success")).isZero();
			assertThat(cluster.count("select count(*) from act_re_procdef where key_ = 'TicketLifecycle'"))
				.as("the models deployed once").isEqualTo(1);
			assertThat(cluster.count("select count(*) from act_ge_property where name_ = 'schema.version'")).isEqualTo(1);
			assertThat(a.alive() && b.alive()).isTrue();
		}
	}

}
