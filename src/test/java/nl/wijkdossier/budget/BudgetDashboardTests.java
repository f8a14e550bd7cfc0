package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static nl.wijkdossier.budget.BudgetFixture.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard figure {@code maatwerkbudget} on a fresh cluster of three teams whose
 * spending is known: exact amounts, a team's spending over fewer than five cases withheld
 * with its remainder and share, the total hidden so it cannot give that team away (here
 * and as the cluster's row on the city dashboard), over budget judged, the CSV, and a
 * constant number of statements.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class BudgetDashboardTests {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final UserDetailsService gebruikers;

	private final BudgetCijfers cijfers;

	@Autowired
	BudgetDashboardTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers, BudgetCijfers cijfers) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.gebruikers = gebruikers;
		this.cijfers = cijfers;
	}

	/**
	 * A: budget 10.000, six cases × 500 (and a withdrawn 999 and last year's 70 that do
	 * not count); B: budget 2.000, two cases, 600 + 900; C: budget 1.000, five cases ×
	 * 250, over budget.
	 */
	private Cluster cluster() {
		CasusFixtures.NieuwTeam nieuw = this.fixtures.nieuwTeam();
		long a = nieuw.teamId();
		long b = this.fixtures.team(nieuw.clusterId(), null);
		long c = this.fixtures.team(nieuw.clusterId(), null);
		String achter = java.util.UUID.randomUUID().toString().substring(0, 8);
		for (long team : new long[] { a, b, c }) {
			this.jdbc.sql("update wijkteam set naam = ? where id = ?")
				.params("Budgetteam " + (char) ('A' + (team == a ? 0 : team == b ? 1 : 2)) + " " + achter, team)
				.update();
		}
		int jaar = vandaag().getYear();
		budget(a, jaar, "10000");
		budget(b, jaar, "2000");
		budget(c, jaar, "1000");
		for (int i = 0; i < 6; i++) {
			uitgave(a, "500", vandaag(), false);
		}
		uitgave(a, "999", vandaag(), true);
		uitgave(a, "70", LocalDate.of(jaar - 1, 12, 31), false);
		uitgave(b, "600", vandaag(), false);
		uitgave(b, "900", vandaag(), false);
		for (int i = 0; i < 5; i++) {
			uitgave(c, "250", vandaag(), false);
		}
		return new Cluster(nieuw.clusterId(), naamVanCluster(nieuw.clusterId()), a, b, c, naam(a), naam(b), naam(c));
	}

	@Test
	void aClusterShowsItsTeamsWithTheWithheldTeamProtectedAndTheTotalHidden() throws Exception {
		Cluster cluster = cluster();
		String csv = csv("/dashboard/clusters/" + cluster.id());
		assertThat(csv.lines().toList()).containsExactly(
				"\uFEFFCategorie;Budget;Uitgegeven;Resterend;% besteed;Casussen met uitgaven;Oordeel",
				cluster.naamA() + ";€ 10.000;€ 3.000;€ 7.000;30%;6;Binnen budget",
				cluster.naamB() + ";€ 2.000;n<5;n<5;n<5;<5;",
				cluster.naamC() + ";€ 1.000;€ 1.250;€ -250;125%;5;Overschreden", "Totaal;€ 13.000;x;x;x;x;");
		assertThat(csv).doesNotContain("1.500", "1.750", "5.750", "999");
	}

	@Test
	void aTeamShowsItsOwnRowWithoutTotalWithheldUnderFiveCases() throws Exception {
		Cluster cluster = cluster();
		assertThat(csv("/dashboard/teams/" + cluster.b()).lines().skip(1).toList())
			.as("no judgement without amounts, so no column for it")
			.containsExactly(cluster.naamB() + ";€ 2.000;n<5;n<5;n<5;<5");
		assertThat(csv("/dashboard/teams/" + cluster.c()).lines().skip(1).toList())
			.containsExactly(cluster.naamC() + ";€ 1.000;€ 1.250;€ -250;125%;5;Overschreden");
		String html = this.mvc.perform(get("/dashboard/teams/" + cluster.a()).with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"maatwerkbudget-titel\"", "Maatwerkbudget",
				"Kalenderjaar " + vandaag().getYear(), "dashboard-oordeel-goed");
		String json = html.substring(html.indexOf("id=\"maatwerkbudget-grafiek\""));
		json = json.substring(json.indexOf("data-grafiek=\"") + 14);
		json = json.substring(0, json.indexOf('"')).replace("&quot;", "\"");
		assertThat(json).contains("\"data\":[10000]", "\"data\":[3000]");
	}

	@Test
	void onTheCityDashboardTheClusterRowProtectsItsOneWithheldTeam() throws Exception {
		Cluster cluster = cluster();
		assertThat(csv("/dashboard")).contains(cluster.naam() + ";€ 13.000;x;x;x;x;")
			.doesNotContain(cluster.naam() + ";€ 13.000;€");
	}

	@Test
	void withTwoTeamsWithheldTheTotalShowsTheirSumOnly() throws Exception {
		Cluster cluster = cluster();
		uitgave(cluster.a(), "1", vandaag(), false);
		this.jdbc
			.sql("delete from maatwerk_uitgave where team_id = ? and bedrag = 250 and id in "
					+ "(select id from maatwerk_uitgave where team_id = ? and bedrag = 250 limit 2)")
			.params(cluster.c(), cluster.c())
			.update();
		assertThat(csv("/dashboard/clusters/" + cluster.id()).lines().skip(1).toList()).containsExactly(
				cluster.naamA() + ";€ 10.000;€ 3.001;€ 6.999;30%;7;Binnen budget",
				cluster.naamB() + ";€ 2.000;n<5;n<5;n<5;<5;", cluster.naamC() + ";€ 1.000;n<5;n<5;n<5;<5;",
				"Totaal;€ 13.000;€ 5.251;€ 7.749;40%;12;Binnen budget");
	}

	@Test
	void theGemeenteSeesNoCaseLinkNoReasonAndNoCategory() throws Exception {
		Cluster cluster = cluster();
		String html = this.mvc.perform(get("/dashboard/clusters/" + cluster.id()).with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String figuur = html.substring(html.indexOf("id=\"maatwerkbudget-titel\""));
		figuur = figuur.substring(0, figuur.indexOf("</section>"));
		assertThat(figuur).doesNotContain("/casussen", "Reden dashboard", "Schulden", "Wonen");
	}

	@Test
	void onlyTheTotalIsHiddenWhenExactlyOneRowIsWithheldAndTheTotalShown() {
		assertThat(BudgetCijfers.totaalVerbergen(List.of(true, false, true), true)).isTrue();
		assertThat(BudgetCijfers.totaalVerbergen(List.of(false), true)).isTrue();
		assertThat(BudgetCijfers.totaalVerbergen(List.of(true, false, false), true)).isFalse();
		assertThat(BudgetCijfers.totaalVerbergen(List.of(true, true), true)).isFalse();
		assertThat(BudgetCijfers.totaalVerbergen(List.of(true, false), false)).isFalse();
		assertThat(BudgetCijfers.totaalVerbergen(List.of(), true)).isFalse();
	}

	@Test
	void theFigureNeedsTheSameStatementsForTwoTeamsAsForMany() {
		Cluster cluster = cluster();
		LocalDate vandaag = vandaag();
		Periode periode = new Periode(Periode.Soort.MAAND, vandaag.withDayOfMonth(1), vandaag);
		Onderdrukking onderdrukking = new Onderdrukking(5);
		Bereik twee = new Bereik(Bereik.Soort.CLUSTER, cluster.id(), cluster.naam(), List.of(cluster.a(), cluster.b()));
		Teller.begin();
		Figuur figuur;
		try {
			figuur = this.cijfers.figuren(twee, periode, vandaag, onderdrukking).get(0);
		}
		finally {
			Teller.stop();
		}
		int bijTwee = Teller.aantal();
		assertThat(figuur.rijen()).hasSize(3);
		assertThat(figuur.rijen().get(1).cellen().get(1).staat()).isEqualTo(Cel.Staat.ONDERDRUKT);
		assertThat(figuur.rijen().get(2).cellen().get(1).staat()).isEqualTo(Cel.Staat.VERBORGEN);

		long ander = this.fixtures.nieuwTeam().teamId();
		int stadBijTwee = statements(new Bereik(Bereik.Soort.STAD, null, null, List.of(cluster.a(), ander)));

		List<Long> veel = new java.util.ArrayList<>(List.of(cluster.a(), cluster.b(), cluster.c()));
		for (int i = 0; i < 4; i++) {
			long team = this.fixtures.team(cluster.id(), null);
			budget(team, vandaag.getYear(), "500");
			uitgave(team, "10", vandaag, false);
			veel.add(team);
		}
		assertThat(bijTwee).isPositive();
		assertThat(statements(new Bereik(Bereik.Soort.CLUSTER, cluster.id(), cluster.naam(), veel))).isEqualTo(bijTwee);
		veel.add(ander);
		assertThat(statements(new Bereik(Bereik.Soort.STAD, null, null, veel))).isEqualTo(stadBijTwee);
	}

	private int statements(Bereik bereik) {
		LocalDate vandaag = vandaag();
		Teller.begin();
		try {
			this.cijfers.figuren(bereik, new Periode(Periode.Soort.JAAR, vandaag.withDayOfYear(1), vandaag), vandaag,
					new Onderdrukking(5));
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

	private String csv(String pad) throws Exception {
		return this.mvc.perform(get(pad).param("export", "maatwerkbudget").with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void budget(long teamId, int jaar, String bedrag) {
		this.jdbc.sql("""
				insert into maatwerkbudget (team_id, jaar, bedrag, gewijzigd_door, gewijzigd_op)
				values (?, ?, ?, (select id from gebruiker where gebruikersnaam = 'gemeente'), now())
				""").params(teamId, jaar, new BigDecimal(bedrag)).update();
	}

	/** A spending on a new case of the team, dated {@code datum}. */
	private void uitgave(long teamId, String bedrag, LocalDate datum, boolean ingetrokken) {
		long casus = this.fixtures.casus(this.fixtures.inwoner().id(), teamId).dagenGeleden(400).opslaan();
		this.jdbc.sql("""
				insert into maatwerk_uitgave (casus_id, team_id, bedrag, categorie, datum, reden, geregistreerd_door,
				                              geregistreerd_op, ingetrokken_op, ingetrokken_door, intrekreden)
				select ?, ?, ?, 'SCHULDEN', ?, 'Reden dashboard', g.id, now(),
				       case when ? then now() end, case when ? then g.id end, case when ? then 'Fout' end
				from gebruiker g where g.gebruikersnaam = 'gemeente'
				""")
			.params(casus, teamId, new BigDecimal(bedrag), datum, ingetrokken, ingetrokken, ingetrokken)
			.update();
	}

	private String naam(long teamId) {
		return this.jdbc.sql("select naam from wijkteam where id = ?").param(teamId).query(String.class).single();
	}

	private String naamVanCluster(long clusterId) {
		return this.jdbc.sql("select naam from cluster where id = ?").param(clusterId).query(String.class).single();
	}

	private RequestPostProcessor als(String naam) {
		return user(this.gebruikers.loadUserByUsername(naam));
	}

	private record Cluster(long id, String naam, long a, long b, long c, String naamA, String naamB, String naamC) {
	}

}
