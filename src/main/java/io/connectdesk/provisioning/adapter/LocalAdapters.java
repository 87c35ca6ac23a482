package io.connectdesk.provisioning.adapter;

import java.util.List;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.connectdesk.cluster.DatabaseClusterLock;
import io.connectdesk.cluster.SecretKeys;

/**
 * The local adapters ({@code git-repository}, {@code pipeline}, {@code tls-certificate}, {@code infra-config},
 * {@code manual}) and exactly what they need, for a process that is not the application: the standalone
 * provisioning worker. They keep their records in the application's database (its adapter tables only: this
 * process runs neither Flyway nor the engine) and their files under the application's data directory, and
 * encrypt with its secret key, so the worker must be given the same database, data directory and key.
 * <p>
 * Not the web parts (Git over HTTP, the certificate download, the Git token API) nor the certificate renewal
 * check, which files tickets: those stay in the application. Not a {@code @Configuration}: the application's
 * component scan, which already finds the adapters, must not pick it up.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
		TransactionAutoConfiguration.class })
@EnableConfigurationProperties(AdapterSettings.class)
@Import({ DatabaseClusterLock.class, SecretKeys.class, SecretCipher.class, Secrets.class, ComponentRecords.class, IssuedCertificates.class, GitRepositories.class,
		GitCommits.class, CommittedFiles.class, GitAccess.class, CertificateAuthority.class, GitRepositoryAdapter.class, PipelineAdapter.class,
		CertificateAdapter.class, InfraConfigAdapter.class, ManualAdapter.class })
public class LocalAdapters {

	/** The adapters' tables (Flyway V12 and V28, made by the application): the worker checks they are there. */
	static final List<String> TABLES = List.of("provisioned_component", "issued_certificate", "provisioning_secret",
			"git_repository_member", "git_token", "cluster_lock", "certificate_authority");

	/** Refuses to start against a database that is not the application's: without its tables every item would fail. */
	LocalAdapters(JdbcClient jdbc) {
		for (String table : TABLES) {
			try {
				jdbc.sql("select count(*) from " + table + " where 1 = 0").query(Long.class).single();
			}
			catch (DataAccessException ex) {
				throw new IllegalStateException("The provisioning adapters need the application's database (spring.datasource.*: "
						+ "CONNECTDESK_DB_URL, CONNECTDESK_DB_USER, CONNECTDESK_DB_PASSWORD), which has the table " + table
						+ ": " + ex.getMostSpecificCause().getMessage(), ex);
			}
		}
	}

}
