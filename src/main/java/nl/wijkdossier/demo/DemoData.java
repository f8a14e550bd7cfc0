package nl.wijkdossier.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.shared.database.EmbeddedDatabase;

/**
 * Loads the demo city at start-up when {@code wijkdossier.demo-data} is on (by default
 * only with the embedded database) and the database holds no organisation yet — before
 * the web server opens, so the first person to see the login page can log in.
 */
@Component
class DemoData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The advisory lock that makes loading the demo data one node's work. */
	private static final long SLOT = 7_305_001L;

	private final Environment environment;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final DemoStadGenerator generator;

	private final DemoCasusGenerator casussen;

	private final DemoGesprekGenerator gesprekken;

	private final DemoSocialeKaart socialeKaart;

	private final DemoSpreekuren spreekuren;

	private final DemoSpreekuurBezoeken spreekuurBezoeken;

	private final DemoOverleg overleg;

	private final DemoBezetting bezetting;

	private final DemoClusterplan clusterplan;

	private final DemoBudget budget;

	DemoData(Environment environment, DataSource dataSource, JdbcClient jdbc, DemoStadGenerator generator,
			DemoCasusGenerator casussen, DemoGesprekGenerator gesprekken, DemoSocialeKaart socialeKaart,
			DemoSpreekuren spreekuren, DemoSpreekuurBezoeken spreekuurBezoeken, DemoOverleg overleg,
			DemoBezetting bezetting, DemoClusterplan clusterplan, DemoBudget budget) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.generator = generator;
		this.casussen = casussen;
		this.gesprekken = gesprekken;
		this.socialeKaart = socialeKaart;
		this.spreekuren = spreekuren;
		this.spreekuurBezoeken = spreekuurBezoeken;
		this.overleg = overleg;
		this.bezetting = bezetting;
		this.clusterplan = clusterplan;
		this.budget = budget;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean aan = this.environment.getProperty("wijkdossier.demo-data", Boolean.class,
				EmbeddedDatabase.isActive(this.environment));
		if (!aan) {
			return;
		}
		// Two nodes starting on an empty database would both load the demo city: the
		// first
		// takes this lock and loads, the second waits and then finds it there.
		try (Connection verbinding = this.dataSource.getConnection(); Statement sql = verbinding.createStatement()) {
			sql.execute("select pg_advisory_lock(" + SLOT + ")");
			try {
				laad();
			}
			finally {
				sql.execute("select pg_advisory_unlock(" + SLOT + ")");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Demodata niet geladen", ex);
		}
	}

	private void laad() {
		Integer partners = this.jdbc.sql("select count(*) from convenantpartner").query(Integer.class).single();
		if (partners > 0 && !isDemoStad()) {
			log.info("Demodata overgeslagen: de database bevat al een organisatie");
			return;
		}
		long start = System.nanoTime();
		if (partners == 0) {
			DemoStadGenerator.Resultaat resultaat = this.generator.genereer();
			log.info("Demodata geladen in {} ms: {}", (System.nanoTime() - start) / 1_000_000, resultaat);
			start = System.nanoTime();
			DemoCasusGenerator.Resultaat casussen = this.casussen.genereer();
			log.info("Demo-inwoners en -casussen geladen in {} ms: {}", (System.nanoTime() - start) / 1_000_000,
					casussen);
		}
		// A demo city made by an earlier version gets what was added since; each of these
		// generators adds nothing when its own data is already there.
		log.info("Demo-sociale kaart geladen: {} voorzieningen", this.socialeKaart.genereer());
		// after the sociale kaart, so the demo referrals have somewhere to go
		start = System.nanoTime();
		DemoGesprekGenerator.Resultaat gesprekken = this.gesprekken.genereer();
		log.info("Demogesprekken geladen in {} ms: {}", (System.nanoTime() - start) / 1_000_000, gesprekken);
		start = System.nanoTime();
		DemoSpreekuren.Resultaat spreekuren = this.spreekuren.genereer();
		log.info("Demospreekuren geladen in {} ms: {}", (System.nanoTime() - start) / 1_000_000, spreekuren);
		// after the spreekuren and their past sessions, the sociale kaart and the cases
		start = System.nanoTime();
		DemoSpreekuurBezoeken.Resultaat bezoeken = this.spreekuurBezoeken.genereer();
		log.info("Demobezoeken van spreekuren geladen in {} ms: {}", (System.nanoTime() - start) / 1_000_000, bezoeken);
		// after the cases and the sociale kaart (the escalation's referral)
		log.info("Demo-casuïstiekoverleg geladen: {}", this.overleg.genereer());
		// after the cases: the appointed invaller's timeline lines
		log.info("Demo-afwezigheid en invallen geladen: {}", this.bezetting.genereer());
		log.info("Demo-clusterplannen geladen: {} versies", this.clusterplan.genereer());
		// after the cases: spendings on this year's cases
		log.info("Demo-maatwerkbudget geladen: {}", this.budget.genereer());
	}

	/** The organisation in the database is the demo city (its demo accounts exist). */
	private boolean isDemoStad() {
		return this.jdbc.sql("select count(*) = 2 from gebruiker where gebruikersnaam in ('wijkwerker', 'manager')")
			.query(Boolean.class)
			.single();
	}

}
