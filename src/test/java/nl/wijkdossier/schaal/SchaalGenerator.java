package nl.wijkdossier.schaal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Fills a PostgreSQL database with a national-scale Wijkdossier data set for load tests:
 * deterministic by seed, sized by one number (the cases), loaded with COPY. Lives in the
 * test sources, so it never ships in the application jar. Run it with the Maven profile
 * {@code schaal} (see docs/schaal.md):
 *
 * <pre>
 * ./mvnw -Pschaal -Dschaal.casussen=1000000 -Dschaal.seed=42
 * ./mvnw -Pschaal -Dschaal.url=jdbc:postgresql://localhost:5432/wijkdossier -Dschaal.gebruiker=... -Dschaal.wachtwoord=...
 * </pre>
 *
 * Without {@code schaal.url} it starts an embedded PostgreSQL (the same zonky server the
 * application uses) with its cluster in {@code schaal.dir} (default
 * {@code target/schaal-pg}) on port {@code schaal.poort} (5433), and keeps it running
 * after loading so the application can be started against it. It runs the application's
 * Flyway migrations first and refuses a database that already holds an organisation
 * unless {@code schaal.leegmaken=true} (which drops everything, the append-only access
 * log too).
 */
public final class SchaalGenerator {

	private SchaalGenerator() {
	}

	/**
	 * What to generate.
	 *
	 * @param casussen the size: the number of cases, everything else follows
	 * @param seed the seed: the same seed and day give the same data
	 * @param vandaag the day the data set ends (dates spread over the three years before)
	 * @param leegmaken whether a non-empty database may be emptied first
	 */
	public record Instellingen(int casussen, long seed, LocalDate vandaag, boolean leegmaken) {
	}

	public static void main(String[] args) throws Exception {
		Instellingen instellingen = new Instellingen(Integer.parseInt(System.getProperty("schaal.casussen", "1000000")),
				Long.parseLong(System.getProperty("schaal.seed", "42")),
				LocalDate
					.parse(System.getProperty("schaal.vandaag", LocalDate.now(ClockConfiguration.ZONE).toString())),
				Boolean.parseBoolean(System.getProperty("schaal.leegmaken", "false")));
		String url = System.getProperty("schaal.url", "");
		if (!url.isBlank()) {
			genereer(instellingen, url, System.getProperty("schaal.gebruiker", "postgres"),
					System.getProperty("schaal.wachtwoord", ""));
			return;
		}
		Path dir = Path.of(System.getProperty("schaal.dir", "target/schaal-pg")).toAbsolutePath();
		int poort = Integer.parseInt(System.getProperty("schaal.poort", "5433"));
		Files.createDirectories(dir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPort(poort)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("max_connections", "100")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("maintenance_work_mem", "512MB")
			.setServerConfig("shared_buffers", "512MB")
			.start();
		CountDownLatch stop = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				System.err.println("PostgreSQL stopte niet netjes: " + ex.getMessage());
			}
			stop.countDown();
		}));
		String jdbc = "jdbc:postgresql://localhost:" + poort + "/postgres";
		genereer(instellingen, jdbc, "postgres", "");
		if (Boolean.parseBoolean(System.getProperty("schaal.openhouden", "true"))) {
			System.out.println();
			System.out.println("PostgreSQL draait in " + dir + ". Start de applicatie ertegen met:");
			System.out.println(
					"  SPRING_DATASOURCE_URL=" + jdbc + " SPRING_DATASOURCE_USERNAME=postgres ./mvnw spring-boot:run");
			System.out.println("Inloggen: m0001 (manager), w0001.01 (wijkwerker), gemeente; wachtwoord "
					+ SchaalData.WACHTWOORD + ". Ctrl-C stopt de database.");
			stop.await();
		}
		else {
			postgres.close();
		}
	}

	/**
	 * Migrates the database at {@code url}, checks it is empty (or empties it when
	 * allowed), generates and loads the data set, sets the sequences, analyzes, and
	 * prints the figures.
	 */
	public static Rapport genereer(Instellingen instellingen, String url, String gebruiker, String wachtwoord)
			throws SQLException {
		Omvang omvang = Omvang.voor(instellingen.casussen());
		Rapport rapport = new Rapport();
		System.out.printf("Schaalgenerator: %,d casussen, %d teams in %d clusters, seed %d, tot %s%n",
				omvang.casussen(), omvang.teams(), omvang.clusters(), instellingen.seed(), instellingen.vandaag());
		long start = System.nanoTime();
		Flyway flyway = Flyway.configure()
			.dataSource(url, gebruiker, wachtwoord)
			.locations("classpath:db/migration")
			.cleanDisabled(!instellingen.leegmaken())
			.load();
		flyway.migrate();
		try (Connection c = DriverManager.getConnection(url, gebruiker, wachtwoord)) {
			if (!leeg(c)) {
				if (!instellingen.leegmaken()) {
					throw new IllegalStateException("De database bevat al gegevens (wijkteams of inwoners). "
							+ "Kies een lege database of geef -Dschaal.leegmaken=true om alles te wissen.");
				}
				flyway.clean();
				flyway.migrate();
			}
		}
		rapport.stap("migraties", System.nanoTime() - start);
		try (Connection c = DriverManager.getConnection(url, gebruiker, wachtwoord)) {
			try (Statement st = c.createStatement()) {
				st.execute("set timezone = 'Europe/Amsterdam'");
				st.execute("set synchronous_commit = off");
				st.execute("set maintenance_work_mem = '512MB'");
			}
			new SchaalData(omvang, instellingen.seed(), instellingen.vandaag()).laad(c, rapport);
			start = System.nanoTime();
			SchaalData.zetReeksen(c);
			rapport.stap("reeksen (setval)", System.nanoTime() - start);
			start = System.nanoTime();
			try (Statement st = c.createStatement()) {
				st.execute("analyze");
			}
			rapport.stap("analyze", System.nanoTime() - start);
		}
		rapport.druk(System.out);
		return rapport;
	}

	private static boolean leeg(Connection c) throws SQLException {
		try (Statement st = c.createStatement();
				ResultSet rs = st
					.executeQuery("select (select count(*) from wijkteam) + (select count(*) from inwoner)")) {
			rs.next();
			return rs.getLong(1) == 0;
		}
	}

}
