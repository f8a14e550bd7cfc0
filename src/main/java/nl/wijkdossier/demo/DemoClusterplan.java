package nl.wijkdossier.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cluster plans of the demo city, from {@code demo/clusterplannen.properties}: each
 * of the three clusters has a plan with its targets, adopted by the demo gemeente
 * account; Cluster Stad has two versions, so the history shows a change. Adds nothing
 * when any plan exists, or when a cluster or the gemeente account is missing.
 */
@Component
class DemoClusterplan {

	private static final String BRON = "/demo/clusterplannen.properties";

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoClusterplan(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return the number of plan versions added
	 */
	@Transactional
	int genereer() {
		if (this.jdbc.sql("select count(*) from clusterplan_versie").query(Long.class).single() > 0) {
			return 0;
		}
		Long gemeente = this.jdbc.sql("select id from gebruiker where gebruikersnaam = 'gemeente'")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (gemeente == null) {
			return 0;
		}
		Properties plannen = lees();
		int versies = 0;
		for (String cluster : plannen.getProperty("clusters").split(",")) {
			Long clusterId = this.jdbc.sql("select id from cluster where naam = ?")
				.param(plannen.getProperty(cluster + ".naam"))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (clusterId == null) {
				continue;
			}
			int aantal = Integer.parseInt(plannen.getProperty(cluster + ".versies"));
			for (int versie = 1; versie <= aantal; versie++) {
				String sleutel = cluster + "." + versie + ".";
				long dagen = Long.parseLong(plannen.getProperty(sleutel + "dagenGeleden"));
				long versieId = this.jdbc.sql("""
						insert into clusterplan_versie (cluster_id, versie, visie, opgaven, beoogde_ontwikkeling,
						                                vastgesteld_op, vastgesteld_door)
						values (?, ?, ?, ?, ?, ?, ?) returning id
						""")
					.params(clusterId, versie, plannen.getProperty(sleutel + "visie"),
							plannen.getProperty(sleutel + "opgaven"),
							plannen.getProperty(sleutel + "beoogdeOntwikkeling"),
							Timestamp
								.from(this.clock.instant().minus(Duration.ofDays(dagen)).minus(Duration.ofHours(3))),
							gemeente)
					.query(Long.class)
					.single();
				for (String streefwaarde : plannen.getProperty(sleutel + "streefwaarden").split(";")) {
					String[] delen = streefwaarde.split("=");
					this.jdbc.sql("insert into clusterplan_streefwaarde (versie_id, soort, waarde) values (?, ?, ?)")
						.params(versieId, delen[0].strip(), new BigDecimal(delen[1].strip()))
						.update();
				}
				versies++;
			}
		}
		return versies;
	}

	private static Properties lees() {
		try (InputStream in = DemoClusterplan.class.getResourceAsStream(BRON)) {
			if (in == null) {
				throw new IllegalStateException(BRON + " ontbreekt");
			}
			try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
				Properties plannen = new Properties();
				plannen.load(reader);
				return plannen;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
