package nl.wijkdossier.werkdruk;

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

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.dashboard.Bereik;
import nl.wijkdossier.dashboard.Cel;
import nl.wijkdossier.dashboard.Figuur;
import nl.wijkdossier.dashboard.Figuur.Oordeel;
import nl.wijkdossier.dashboard.Figuur.Rij;
import nl.wijkdossier.dashboard.Kengetal;
import nl.wijkdossier.dashboard.Onderdrukking;
import nl.wijkdossier.dashboard.Periode;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard figure "caseload per fte against the norm" on a fresh cluster of four
 * teams whose cases, hours and norms are known: exact numbers per team, per cluster and
 * in total, the small count suppressed with the next-smallest hidden (and its ratio with
 * it), the judgement against the (FTE-weighted) norm, the headline number, a manager's
 * own teams only, and one statement whatever the number of teams and cases.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class WerkdrukDashboardTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final WerkdrukCijfers cijfers;

	private final Caseload caseload;

	@Autowired
	WerkdrukDashboardTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, WerkdrukCijfers cijfers, Caseload caseload) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
		this.cijfers = cijfers;
		this.caseload = caseload;
	}

	@Test
	void aClusterShowsEveryTeamAgainstItsNormWithSmallCountsSuppressed() throws Exception {
		Stad stad = stad();
		String csv = csv("/dashboard/clusters/" + stad.clusterId, Demo.GEMEENTE);
		assertThat(csv).contains("Categorie;Actieve casussen;Fte;Casussen per fte;Norm;Oordeel",
				stad.naamA + ";30;2;15;12;Boven de norm", stad.naamB + ";<5;0,5;n<5;9;", stad.naamC + ";x;1,5;x;9;",
				stad.naamD + ";16;1;16;18;Binnen de norm", "Totaal;61;5;12,2;12;Boven de norm");
		assertThat(csv).doesNotContain(";3;", ";12;1,5").doesNotContain("Test ");

		String team = csv("/dashboard/teams/" + stad.teamB, Demo.GEMEENTE);
		assertThat(team).contains(stad.naamB + ";<5;0,5;n<5;9", "Totaal;<5;0,5;n<5;9").doesNotContain("Oordeel");

		String html = this.mvc.perform(get("/dashboard/clusters/" + stad.clusterId).with(als(Demo.GEMEENTE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Caseload per fte tegen de norm", "Stand van vandaag, niet over de gekozen periode",
				"dashboard-oordeel-slecht", "dashboard-oordeel-goed");
	}

	@Test
	void theCityHasARowPerClusterAndTheTotalIsTheHeadlineNumber() {
		Stad stad = stad();
		CasusFixtures.NieuwTeam ander = this.fixtures.nieuwTeam();
		wijkwerker(ander.partnerId(), ander.teamId(), 36);
		zaken(ander.teamId(), 5, null);
		String anderCluster = this.jdbc.sql("select naam from cluster where id = ?")
			.param(ander.clusterId())
			.query(String.class)
			.single();
		assertThat(this.caseload.standaardNorm()).isEqualByComparingTo("9.0");

		Figuur figuur = caseload(new Bereik(Bereik.Soort.STAD, null, null,
				List.of(stad.teamA, stad.teamB, stad.teamC, stad.teamD, ander.teamId())));
		assertThat(figuur.grafiek()).isEqualTo(Figuur.Grafiek.STAAF);
		assertThat(figuur.kolommen()).extracting(Figuur.Kolom::inGrafiek).containsExactly(false, false, true, true);
		assertThat(figuur.rijen()).hasSize(3);
		Rij cluster = rij(figuur, stad.clusterNaam);
		assertThat(waarden(cluster)).containsExactly("61", "5", "12.2", "12");
		assertThat(cluster.oordeel()).isEqualTo(new Oordeel(WerkdrukCijfers.BOVEN_NORM, Oordeel.Toon.SLECHT));
		Rij anderRij = rij(figuur, anderCluster);
		assertThat(waarden(anderRij)).containsExactly("5", "1", "5", "9");
		assertThat(anderRij.oordeel()).isEqualTo(new Oordeel(WerkdrukCijfers.BINNEN_NORM, Oordeel.Toon.GOED));
		Rij totaal = figuur.rijen().get(2);
		assertThat(totaal.totaal()).isTrue();
		// 66 cases × 36 / 216 hours; norm (12×72 + 9×18 + 9×54 + 18×36 + 9×36) / 216
		assertThat(waarden(totaal)).containsExactly("66", "6", "11", "11.5");
		assertThat(totaal.oordeel().toon()).isEqualTo(Oordeel.Toon.GOED);
		Cel kengetal = figuur.kengetallen().get(Kengetal.CASELOAD_PER_FTE);
		assertThat(kengetal).isSameAs(totaal.cellen().get(2));
		assertThat(kengetal.waarde()).isEqualByComparingTo("11.0");
	}

	@Test
	void aManagerSeesHisOwnTeamsOnly() throws Exception {
		Stad stad = stad();
		String csv = csv("/dashboard", stad.manager);
		// his teams A and B: (30 + 3) × 36 / 90 hours; norm (12×72 + 9×18) / 90
		assertThat(csv).contains(stad.clusterNaam + ";33;2,5;13,2;11,4;Boven de norm",
				"Totaal;33;2,5;13,2;11,4;Boven de norm");
		assertThat(csv).doesNotContain(stad.naamC, stad.naamD, ";61;");
	}

	@Test
	void aTeamWithoutWijkwerkersOrCasesHasNoRatioAndNoJudgement() {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		Figuur figuur = caseload(new Bereik(Bereik.Soort.TEAM, team.teamId(), "x", List.of(team.teamId())));
		assertThat(figuur.rijen()).hasSize(2);
		for (Rij rij : figuur.rijen()) {
			assertThat(rij.cellen()).extracting(Cel::staat)
				.containsExactly(Cel.Staat.GETOOND, Cel.Staat.GEEN, Cel.Staat.GEEN, Cel.Staat.GETOOND);
			assertThat(rij.oordeel()).isNull();
		}
		Figuur leeg = caseload(new Bereik(Bereik.Soort.STAD, null, null, List.of()));
		assertThat(leeg.rijen()).singleElement().satisfies((r) -> assertThat(r.totaal()).isTrue());
		assertThat(leeg.rijen().get(0).cellen().get(3).staat()).isEqualTo(Cel.Staat.GEEN);
	}

	@Test
	void oneStatementWhateverTheNumberOfTeamsAndCases() {
		CasusFixtures.NieuwTeam klein = this.fixtures.nieuwTeam();
		zaken(klein.teamId(), 1, null);
		assertThat(statements(new Bereik(Bereik.Soort.CLUSTER, klein.clusterId(), "k", List.of(klein.teamId()))))
			.isEqualTo(1);
		Stad stad = stad();
		assertThat(statements(new Bereik(Bereik.Soort.STAD, null, null,
				List.of(klein.teamId(), stad.teamA, stad.teamB, stad.teamC, stad.teamD))))
			.isEqualTo(1);
	}

	/**
	 * A cluster of four teams. A: 2 wijkwerkers of 36 h (and an inactive one), 30 active
	 * cases (and 2 closed), norm 12. B: 18 h, 3 cases. C: 36 + 18 h, 12 cases. D: 36 h,
	 * 16 cases, norm 18. A and B are managed by a new manager.
	 */
	private Stad stad() {
		CasusFixtures.NieuwTeam eerste = this.fixtures.nieuwTeam();
		String manager = this.fixtures.manager(eerste.partnerId());
		long managerId = this.fixtures.medewerkerVan(manager);
		long a = this.fixtures.team(eerste.clusterId(), managerId);
		long b = this.fixtures.team(eerste.clusterId(), managerId);
		long c = eerste.teamId();
		long d = this.fixtures.team(eerste.clusterId(), null);
		long regievoerder = wijkwerker(eerste.partnerId(), a, 36);
		wijkwerker(eerste.partnerId(), a, 36);
		long weg = wijkwerker(eerste.partnerId(), a, 36);
		this.jdbc.sql("update medewerker set actief = false where id = ?").param(weg).update();
		wijkwerker(eerste.partnerId(), b, 18);
		wijkwerker(eerste.partnerId(), c, 36);
		wijkwerker(eerste.partnerId(), c, 18);
		long vanD = wijkwerker(eerste.partnerId(), d, 36);
		zaken(a, 30, regievoerder);
		long dicht = this.fixtures.casus(this.fixtures.inwoner().id(), a).opslaan();
		long dicht2 = this.fixtures.casus(this.fixtures.inwoner().id(), a).opslaan();
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = current_date
				where id in (:ids)
				""").param("ids", List.of(dicht, dicht2)).update();
		zaken(b, 3, null);
		zaken(c, 12, null);
		zaken(d, 16, vanD);
		norm(a, "12");
		norm(d, "18");
		return new Stad(eerste.clusterId(), naam("cluster", eerste.clusterId()), a, b, c, d, naam("wijkteam", a),
				naam("wijkteam", b), naam("wijkteam", c), naam("wijkteam", d), manager);
	}

	/**
	 * Active cases for a team: a third waiting, a third on the list, a third in progress.
	 */
	private void zaken(long team, int aantal, Long regievoerder) {
		long inwoner = this.fixtures.inwoner().id();
		for (int i = 0; i < aantal; i++) {
			CasusFixtures.CasusBouwer casus = this.fixtures.casus(inwoner, team);
			if (i % 3 == 1) {
				casus.opWachtlijst();
			}
			else if (i % 3 == 2 && regievoerder != null) {
				casus.inBehandeling(regievoerder).contactOp(LocalDate.now(ClockConfiguration.ZONE));
			}
			casus.opslaan();
		}
	}

	private long wijkwerker(long partner, long team, int uren) {
		long id = this.fixtures.medewerkerVan(this.fixtures.wijkwerker(partner, team));
		this.jdbc.sql("update medewerker set uren_per_week = ? where id = ?").params(uren, id).update();
		return id;
	}

	private void norm(long team, String norm) {
		this.jdbc.sql("""
				insert into caseload_norm (team_id, casussen_per_fte, gewijzigd_door, gewijzigd_op)
				values (?, ?, (select id from gebruiker where gebruikersnaam = 'manager'), now())
				""").params(team, new BigDecimal(norm)).update();
	}

	private String naam(String tabel, long id) {
		return this.jdbc.sql("select naam from " + tabel + " where id = ?").param(id).query(String.class).single();
	}

	private Figuur caseload(Bereik bereik) {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		List<Figuur> figuren = this.cijfers.figuren(bereik,
				new Periode(Periode.Soort.MAAND, vandaag.withDayOfMonth(1), vandaag), vandaag, new Onderdrukking(5));
		assertThat(figuren).extracting(Figuur::id).containsExactly("caseload");
		return figuren.get(0);
	}

	private int statements(Bereik bereik) {
		Teller.begin();
		try {
			caseload(bereik);
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

	private static Rij rij(Figuur figuur, String tekst) {
		return figuur.rijen().stream().filter((r) -> tekst.equals(r.tekst())).findFirst().orElseThrow();
	}

	private static List<String> waarden(Rij rij) {
		return rij.cellen().stream().map((c) -> c.waarde().stripTrailingZeros().toPlainString()).toList();
	}

	private String csv(String pad, String gebruiker) throws Exception {
		return this.mvc
			.perform(get(pad).param("export", "caseload").with(user(this.gebruikers.loadUserByUsername(gebruiker))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor als(String gebruiker) {
		return user(this.gebruikers.loadUserByUsername(gebruiker));
	}

	private record Stad(long clusterId, String clusterNaam, long teamA, long teamB, long teamC, long teamD,
			String naamA, String naamB, String naamC, String naamD, String manager) {
	}

}
