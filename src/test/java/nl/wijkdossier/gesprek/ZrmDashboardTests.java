package nl.wijkdossier.gesprek;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's ZRM figure on a fresh team: per domain the cases scored at least twice
 * whose latest score (by the period's end) falls in the period, their average first and
 * latest score and the average change; a case of another team, a single score or a latest
 * score before the period stays out; fewer than five cases show "&lt;5" and "n&lt;5"; one
 * statement however many scores.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class ZrmDashboardTests {

	private final MockMvc mvc;

	private final GesprekTestdata data;

	private final ZrmCijfers cijfers;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactie;

	private CasusFixtures.NieuwTeam team;

	private long anderTeam;

	private LocalDate vandaag;

	@Autowired
	ZrmDashboardTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers, ZrmCijfers cijfers, PlatformTransactionManager transacties) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.transactie = new TransactionTemplate(transacties);
		this.data = new GesprekTestdata(jdbc, inwoners, beheer, gebruikers);
		this.cijfers = cijfers;
	}

	@BeforeEach
	void team() {
		this.team = this.data.casussen().nieuwTeam();
		this.anderTeam = this.data.casussen().team(this.team.clusterId(), null);
		this.vandaag = GesprekTestdata.vandaag();
	}

	@Test
	void averagesFirstAndLatestScorePerDomainWithSmallGroupsSuppressed() throws Exception {
		int[][] financien = { { 1, 3 }, { 2, 3 }, { 2, 4 }, { 2, 4 }, { 3, 5 }, { 2, 3 } };
		for (int[] scores : financien) {
			long casus = casus(this.team.teamId());
			score(casus, 150, ZrmDomein.FINANCIEN, scores[0]);
			score(casus, 90, ZrmDomein.FINANCIEN, 3);
			score(casus, 10, ZrmDomein.FINANCIEN, scores[1]);
		}
		for (int i = 0; i < 5; i++) {
			long casus = casus(this.team.teamId());
			score(casus, 100, ZrmDomein.SOCIAAL_NETWERK, 4);
			score(casus, 5, ZrmDomein.SOCIAAL_NETWERK, 3);
		}
		for (int i = 0; i < 3; i++) {
			long casus = casus(this.team.teamId());
			score(casus, 60, ZrmDomein.HUISVESTING, 2);
			score(casus, 20, ZrmDomein.HUISVESTING, 4);
		}
		long eenScore = casus(this.team.teamId());
		score(eenScore, 10, ZrmDomein.FINANCIEN, 1);
		long laatsteVoorDePeriode = casus(this.team.teamId());
		score(laatsteVoorDePeriode, 120, ZrmDomein.FINANCIEN, 1);
		score(laatsteVoorDePeriode, 45, ZrmDomein.FINANCIEN, 1);
		long anderTeam = casus(this.anderTeam);
		score(anderTeam, 100, ZrmDomein.FINANCIEN, 5);
		score(anderTeam, 10, ZrmDomein.FINANCIEN, 1);

		String csv = csv(this.vandaag.minusDays(30), this.vandaag);

		assertThat(csv).contains(
				"Categorie;Casussen;Eerste score (gemiddeld);Laatste score (gemiddeld);Verandering (gemiddeld)",
				"Financiën;6;2;3,7;1,7", "Huisvesting;<5;n<5;n<5;n<5", "Sociaal netwerk;5;4;3;", "Justitie;0;–;–;–");
		assertThat(csv.lines().filter((r) -> r.startsWith("Sociaal netwerk")).findFirst().orElseThrow())
			.as("a fall is negative")
			.matches("Sociaal netwerk;5;4;3;'?-1");
		assertThat(csv.lines().skip(1).map((r) -> r.substring(0, r.indexOf(';'))).toList())
			.as("every domain in the matrix's order")
			.containsExactly("Financiën", "Werk en opleiding", "Tijdsbesteding", "Huisvesting", "Huiselijke relaties",
					"Geestelijke gezondheid", "Lichamelijke gezondheid", "Middelengebruik", "Basale ADL",
					"Instrumentele ADL", "Sociaal netwerk", "Maatschappelijke participatie", "Justitie");

		String html = this.mvc
			.perform(get("/dashboard/teams/{id}", this.team.teamId()).param("periode", "ANDERS")
				.param("van", this.vandaag.minusDays(30).toString())
				.param("tot", this.vandaag.toString())
				.with(this.data.als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Gemiddelde verandering ZRM per domein", "export=zrm-verandering");
		String json = html.substring(html.indexOf("id=\"zrm-verandering-grafiek\""));
		json = json.substring(json.indexOf("data-grafiek=\"") + 14);
		json = json.substring(0, json.indexOf('"')).replace("&quot;", "\"");
		assertThat(json).as("the first and latest averages are drawn, the count and the change are not")
			.contains("\"label\":\"Eerste score (gemiddeld)\",\"data\":[2,null,null,null,null,null,null,null,null,"
					+ "null,4,null,null]")
			.contains("\"label\":\"Laatste score (gemiddeld)\",\"data\":[3.7,")
			.doesNotContain("Casussen")
			.doesNotContain("Verandering");
	}

	@Test
	void aPastPeriodCountsTheScoresUpToItsEnd() throws Exception {
		for (int i = 0; i < 5; i++) {
			long casus = casus(this.team.teamId());
			score(casus, 150, ZrmDomein.WERK_OPLEIDING, 1);
			score(casus, 90, ZrmDomein.WERK_OPLEIDING, 3);
			score(casus, 10, ZrmDomein.WERK_OPLEIDING, 5);
		}

		assertThat(csv(this.vandaag.minusDays(100), this.vandaag.minusDays(80))).as("the latest score by then: day 90")
			.contains("Werk en opleiding;5;1;3;2");
		assertThat(csv(this.vandaag.minusDays(30), this.vandaag)).contains("Werk en opleiding;5;1;5;4");
		assertThat(csv(this.vandaag.minusDays(89), this.vandaag.minusDays(11)))
			.as("no latest score in between: not counted")
			.contains("Werk en opleiding;0;–;–;–");
	}

	@Test
	void oneStatementHoweverManyScores() {
		Bereik bereik = new Bereik(Bereik.Soort.TEAM, this.team.teamId(), "Test", List.of(this.team.teamId()));
		Periode periode = new Periode(Periode.Soort.ANDERS, this.vandaag.minusDays(30), this.vandaag);
		Onderdrukking onderdrukking = new Onderdrukking(5);
		int leeg = statements(bereik, periode, onderdrukking);
		for (int i = 0; i < 12; i++) {
			long casus = casus(this.team.teamId());
			for (ZrmDomein domein : ZrmDomein.values()) {
				score(casus, 40 + i, domein, 1 + i % 5);
				score(casus, 3, domein, 1 + (i + domein.ordinal()) % 5);
			}
		}
		assertThat(leeg).isEqualTo(1);
		assertThat(statements(bereik, periode, onderdrukking)).isEqualTo(1);
		Figuur figuur = this.cijfers.figuren(bereik, periode, this.vandaag, onderdrukking).get(0);
		assertThat(figuur.rijen()).hasSize(ZrmDomein.values().length)
			.allSatisfy((r) -> assertThat(r.cellen().get(0).waarde()).isEqualByComparingTo("12"));
	}

	/**
	 * Proof that the statement can be answered from one index alone (sequential scans
	 * priced out): the period's range of the pre-aggregated scores (V23) — never the
	 * cases' conversations.
	 */
	@Test
	void theStatementCanUseIndexesOnly() {
		String plan = this.transactie.execute((status) -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n",
					this.jdbc.sql("explain " + ZrmCijfers.SQL)
						.param("teams", new Long[] { this.team.teamId() })
						.param("van", java.sql.Date.valueOf(this.vandaag.minusDays(30)))
						.param("tot", java.sql.Date.valueOf(this.vandaag))
						.query(String.class)
						.list());
		});
		assertThat(plan).as("the period's scores that can be the latest, with the teams, from one index")
			.containsPattern("(Index (Only )?Scan using|Bitmap Index Scan on) ix_zrm_meting_datum")
			.doesNotContain("gesprek")
			.doesNotContain("Seq Scan");
	}

	private int statements(Bereik bereik, Periode periode, Onderdrukking onderdrukking) {
		Teller.begin();
		try {
			this.cijfers.figuren(bereik, periode, this.vandaag, onderdrukking);
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

	private String csv(LocalDate van, LocalDate tot) throws Exception {
		return this.mvc
			.perform(get("/dashboard/teams/{id}", this.team.teamId()).param("periode", "ANDERS")
				.param("van", van.toString())
				.param("tot", tot.toString())
				.param("export", "zrm-verandering")
				.with(this.data.als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)
			.replace("\uFEFF", "");
	}

	private long casus(long teamId) {
		return this.data.casussen().casus(this.data.casussen().inwoner().id(), teamId).dagenGeleden(200).opslaan();
	}

	/** A finalised conversation {@code dagenGeleden} days ago that scored one domain. */
	private void score(long casus, int dagenGeleden, ZrmDomein domein, int score) {
		long gesprek = this.data.gesprek(casus, this.vandaag.minusDays(dagenGeleden)).opslaan();
		this.data.zrm(gesprek, domein, score, null);
	}

}
