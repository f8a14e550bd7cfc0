package nl.wijkdossier;

import java.net.CookieManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes of the app behind one (imagined) load balancer, on one fresh database: they
 * start at the same moment (Flyway and the demo data each let one node do the work and
 * the other wait for it), a login on one node is a session on the other (Spring Session
 * JDBC), and a scheduled job that both nodes fire every second runs once (ShedLock).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TweeNodesTests {

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private String databaseUrl;

	@BeforeAll
	void startTwoNodesAtOnce() throws Exception {
		TestDatabase.Verbinding verbinding = TestDatabase.verbinding();
		String database = "twee_nodes_" + Math.abs(ThreadLocalRandom.current().nextInt());
		try (Connection c = DriverManager.getConnection(verbinding.url(), verbinding.gebruiker(),
				verbinding.wachtwoord()); Statement s = c.createStatement()) {
			s.execute("create database " + database);
		}
		this.databaseUrl = verbinding.url().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
		ExecutorService starter = Executors.newFixedThreadPool(2);
		try {
			List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				starts.add(CompletableFuture.supplyAsync(() -> start(verbinding), starter));
			}
			for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
				this.nodes.add(start.get());
			}
		}
		finally {
			starter.shutdown();
		}
	}

	@AfterAll
	void stop() {
		this.nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void bothNodesStartedOnOneDatabaseMigratedOnceWithTheDemoDataOnce() {
		JdbcClient jdbc = this.nodes.get(0).getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
			.query(Integer.class)
			.single())
			.isEqualTo(jdbc.sql("select count(distinct version) from flyway_schema_history")
				.query(Integer.class)
				.single());
		assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam = 'wijkwerker'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from cluster").query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void aLoginOnOneNodeIsASessionOnTheOther() {
		CookieManager cookies = new CookieManager();
		Browserloos eerste = new Browserloos(poort(0), cookies);
		Browserloos tweede = new Browserloos(poort(1), cookies);
		assertThat(eerste.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD).statusCode()).isEqualTo(302);
		var home = tweede.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Welkom");

		assertThat(tweede.post("/", "/logout", java.util.Map.of()).statusCode()).isEqualTo(302);
		assertThat(eerste.get("/").headers().firstValue("Location"))
			.hasValueSatisfying((plek) -> assertThat(plek).endsWith("/login"));
	}

	@Test
	void aJobBothNodesFireEverySecondRunsOnce() throws InterruptedException {
		Instant uiterlijk = Instant.now().plusSeconds(15);
		while (ElkeSeconde.RUNS.get() == 0 && Instant.now().isBefore(uiterlijk)) {
			Thread.sleep(100);
		}
		assertThat(ElkeSeconde.RUNS.get()).as("the job ran").isEqualTo(1);
		Thread.sleep(3_500);
		assertThat(ElkeSeconde.RUNS.get()).as("runs after 3.5 more seconds of both nodes firing").isEqualTo(1);
		JdbcClient jdbc = this.nodes.get(1).getBean(JdbcClient.class);
		assertThat(jdbc.sql("select count(*) from shedlock where name = 'twee-nodes-elke-seconde'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private ConfigurableApplicationContext start(TestDatabase.Verbinding verbinding) {
		return new SpringApplicationBuilder(WijkdossierApplication.class, ElkeSeconde.class).run("--server.port=0",
				"--spring.datasource.url=" + this.databaseUrl, "--spring.datasource.username=" + verbinding.gebruiker(),
				"--spring.datasource.password=" + verbinding.wachtwoord(),
				"--spring.datasource.hikari.maximum-pool-size=5", "--wijkdossier.demo-data=true",
				"--wijkdossier.spreekuren.synchronisatie.bij-start=false",
				"--wijkdossier.spreekuren.synchronisatie.cron=* * * * * *");
	}

	private int poort(int node) {
		return ((WebServerApplicationContext) this.nodes.get(node)).getWebServer().getPort();
	}

	/**
	 * A job like the app's own (the night sync, the login sweep): scheduled on every
	 * node, locked with ShedLock for at least a few minutes — here fired every second on
	 * both nodes, counting its runs in this JVM, which both nodes share.
	 */
	static class ElkeSeconde {

		static final AtomicInteger RUNS = new AtomicInteger();

		@Scheduled(cron = "* * * * * *")
		@SchedulerLock(name = "twee-nodes-elke-seconde", lockAtLeastFor = "PT5M")
		public void tel() {
			RUNS.incrementAndGet();
		}

	}

}
