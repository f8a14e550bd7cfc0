package nl.wijkdossier.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL 17 server of a test JVM, shared by every Spring context: a
 * Testcontainer when a Docker engine is reachable, the embedded server otherwise. Never
 * H2: the tests run on the database the product runs on.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static Verbinding verbinding;

	private TestDatabase() {
	}

	public static synchronized Verbinding verbinding() {
		if (verbinding == null) {
			verbinding = isDockerBereikbaar() ? startContainer() : startEmbedded();
		}
		return verbinding;
	}

	private static boolean isDockerBereikbaar() {
		if (!Boolean.parseBoolean(System.getProperty("testcontainers.enabled", "true"))) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static Verbinding startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
		container.start();
		log.info("Tests gebruiken PostgreSQL-container {}", container.getJdbcUrl());
		return new Verbinding(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Verbinding startEmbedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "200").start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					log.warn("Embedded PostgreSQL stopte niet netjes", ex);
				}
			}));
			log.info("Tests gebruiken embedded PostgreSQL op poort {}", postgres.getPort());
			return new Verbinding(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Embedded PostgreSQL start niet", ex);
		}
	}

	public record Verbinding(String url, String gebruiker, String wachtwoord) {
	}

}
