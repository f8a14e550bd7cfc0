package nl.wijkdossier.shared;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the database goes away, people get a Dutch 503 page (not a stack trace), the
 * liveness probe stays up so nobody restarts a healthy node, readiness goes down so the
 * load balancer stops sending traffic — and when the database is back, the app recovers
 * by itself. This test owns its PostgreSQL, so it can stop it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DatabaseOutageTests {

	private static final Path DATA;

	private static final int POORT;

	private static EmbeddedPostgres postgres;

	static {
		try {
			DATA = Files.createTempDirectory("wijkdossier-storing");
			try (ServerSocket socket = new ServerSocket(0)) {
				POORT = socket.getLocalPort();
			}
			postgres = start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@LocalServerPort
	int poort;

	@DynamicPropertySource
	static void eigenDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
		registry.add("wijkdossier.demo-data", () -> "true");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	@Test
	void outageGivesDutch503AndTheAppRecoversWhenTheDatabaseIsBack() throws IOException {
		Browserloos browser = new Browserloos(this.poort);
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		postgres.close();
		HttpResponse<String> tijdensStoring = browser.get("/");
		assertThat(tijdensStoring.statusCode()).isEqualTo(503);
		assertThat(tijdensStoring.body()).contains("Tijdelijk niet beschikbaar", "Er is niets opgeslagen")
			.doesNotContain("Exception");
		assertThat(tijdensStoring.headers().firstValue("Retry-After")).isPresent();
		assertThat(browser.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(503);

		postgres = start();
		Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(30));
		int status = 0;
		while (status != 200 && Instant.now().isBefore(uiterlijk)) {
			status = browser.get("/").statusCode();
		}
		assertThat(status).as("herstelt zonder herstart").isEqualTo(200);
		assertThat(browser.get("/").body()).contains("Mijn team");
		assertThat(browser.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void loginDuringAnOutageSaysSoInsteadOfBlamingThePassword() throws IOException {
		Browserloos browser = new Browserloos(this.poort);
		String formulier = browser.get("/login").body();
		postgres.close();
		try {
			HttpResponse<String> login = browser.verstuur(formulier, "/login",
					java.util.Map.of("username", Demo.WIJKWERKER, "password", Demo.WACHTWOORD));
			assertThat(login.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login?storing"));
			// the login page itself needs the session, which lives in the database: it
			// says
			// there is a fault instead of offering a form that cannot work
			HttpResponse<String> pagina = browser.get("/login?storing");
			assertThat(pagina.statusCode()).isEqualTo(503);
			assertThat(pagina.body()).contains("storing", "Tijdelijk niet beschikbaar").doesNotContain("Exception");
		}
		finally {
			postgres = start();
			Instant uiterlijk = Instant.now().plus(Duration.ofSeconds(30));
			while (browser.get("/actuator/health/readiness").statusCode() != 200 && Instant.now().isBefore(uiterlijk)) {
				Thread.onSpinWait();
			}
		}
	}

	private static EmbeddedPostgres start() throws IOException {
		return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(POORT).start();
	}

}
