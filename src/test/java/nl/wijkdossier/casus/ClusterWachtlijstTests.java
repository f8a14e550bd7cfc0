package nl.wijkdossier.casus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clusterwachtlijst and moving a case to another team of its cluster: the list shows
 * the waiting cases of the manager's teams with the balance per team, logged once; a move
 * hands access to the new team and takes it from the old one, ends the regie of a
 * regievoerder who is no member of the new team, and writes its timeline line and
 * access-log row; every refusal changes nothing and says why (422). Each test gets fresh
 * teams in fresh clusters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ClusterWachtlijstTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final CasusFixtures fixtures;

	final OrganisatieBeheer beheer;

	final Dossiers dossiers;

	/**
	 * Team 1 and 2 in cluster A, team X in cluster B: all steered by {@link #manager}.
	 */
	long team1;

	long team2;

	long teamX;

	/** A team of cluster A that the manager does not steer. */
	long teamVanAnder;

	String werker1;

	String werker2;

	String manager;

	String anderManager;

	@Autowired
	ClusterWachtlijstTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, Dossiers dossiers) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.beheer = beheer;
		this.dossiers = dossiers;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@BeforeEach
	void organisatie() {
		CasusFixtures.NieuwTeam a = this.fixtures.nieuwTeam();
		this.manager = this.fixtures.manager(a.partnerId());
		long managerId = this.fixtures.medewerkerVan(this.manager);
		this.beheer.zetManager(a.teamId(), managerId);
		this.team1 = a.teamId();
		this.team2 = this.fixtures.team(a.clusterId(), managerId);
		CasusFixtures.NieuwTeam x = this.fixtures.nieuwTeam();
		this.teamX = x.teamId();
		this.beheer.zetManager(this.teamX, managerId);
		this.anderManager = this.fixtures.manager(a.partnerId());
		this.teamVanAnder = this.fixtures.team(a.clusterId(), this.fixtures.medewerkerVan(this.anderManager));
		this.werker1 = this.fixtures.wijkwerker(a.partnerId(), this.team1);
		this.werker2 = this.fixtures.wijkwerker(a.partnerId(), this.team2);
	}

	@AfterEach
	void ruimOp() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theListShowsTheWaitingCasesOfTheManagersTeamsWithTheBalancePerTeamAndIsLoggedOnce() throws Exception {
		long spoed = wachtend(this.team1).urgentie(Urgentie.SPOED).dagenGeleden(2).opslaan();
		long oud = wachtend(this.team1).opWachtlijst().dagenGeleden(20).opslaan();
		long inTeam2 = wachtend(this.team2).dagenGeleden(5).opslaan();
		long inBehandeling = wachtend(this.team1).inBehandeling(medewerker(this.werker1)).opslaan();
		long vanAnder = wachtend(this.teamVanAnder).opslaan();
		int voor = this.fixtures.logRegels("CLUSTERWACHTLIJST_BEKEKEN", this.manager, null, "OK");

		Wachtlijst.ClusterPagina pagina = lijst(this.manager);

		assertThat(pagina.lijst().regels()).extracting(Wachtlijst.Regel::id)
			.containsExactly(spoed, oud, inTeam2)
			.doesNotContain(inBehandeling, vanAnder);
		assertThat(pagina.clusters()).hasSize(2);
		Wachtlijst.TeamBalans t1 = pagina.clusters()
			.stream()
			.flatMap((c) -> c.teams().stream())
			.filter((t) -> t.id() == this.team1)
			.findFirst()
			.orElseThrow();
		assertThat(t1.aantal()).isEqualTo(2);
		assertThat(t1.spoed()).isEqualTo(1);
		assertThat(t1.langsteWachtDagen()).isEqualTo(20);
		assertThat(t1.fte()).isEqualByComparingTo("0.89");
		assertThat(t1.perFte()).isEqualByComparingTo("2.2");
		assertThat(this.fixtures.logRegels("CLUSTERWACHTLIJST_BEKEKEN", this.manager, null, "OK")).isEqualTo(voor + 1);
		assertThat(pagina(this.manager, "/wachtlijst/cluster"))
			.contains("Clusterwachtlijst", "verplaats-formulier", "/casussen/" + spoed + "/team?terug=cluster",
					"0,89 fte")
			.doesNotContain("??");
		assertThat(pagina(this.manager, "/wachtlijst")).contains("href=\"/wachtlijst/cluster\"");
		assertThat(pagina(this.werker1, "/wachtlijst")).doesNotContain("/wachtlijst/cluster");
	}

	@Test
	void htmxGetsOnlyTheTableFilteredByTeam() throws Exception {
		long inTeam1 = wachtend(this.team1).opslaan();
		long inTeam2 = wachtend(this.team2).opslaan();

		String fragment = inhoud(als(this.manager,
				get("/wachtlijst/cluster").param("team", String.valueOf(this.team2)).header("HX-Request", "true"))
			.andExpect(status().isOk()));

		assertThat(fragment).contains("id=\"cluster-tabel\"", "value=\"" + inTeam2 + "\"")
			.doesNotContain("<h1", "value=\"" + inTeam1 + "\"");
	}

	@Test
	void onlyAManagerOpensTheClusterList() throws Exception {
		als(this.werker1, get("/wachtlijst/cluster")).andExpect(status().isForbidden());
		als(Demo.GEMEENTE, get("/wachtlijst/cluster")).andExpect(status().isForbidden());
		long casus = wachtend(this.team1).opslaan();
		for (String wie : new String[] { this.werker1, Demo.GEMEENTE }) {
			als(wie, verplaats(casus, this.team2, "Balans", 0)).andExpect(status().isForbidden());
			als(wie, get("/casussen/{id}/team", casus)).andExpect(status().isForbidden());
			als(wie, post("/wachtlijst/cluster/verplaatsen").param("casusIds", String.valueOf(casus))
				.param("teamId", String.valueOf(this.team2))
				.param("reden", "Balans")).andExpect(status().isForbidden());
		}
		assertThat(team(casus)).isEqualTo(this.team1);
	}

	@Test
	void aMoveHandsAccessToTheNewTeamAndTakesItFromTheOld() throws Exception {
		long casus = wachtend(this.team1).opWachtlijst().dagenGeleden(9).opslaan();
		LocalDate gemeldOp = LocalDate.now(ClockConfiguration.ZONE).minusDays(9);
		assertThat(leest(this.werker1, casus)).isTrue();
		assertThat(leest(this.werker2, casus)).isFalse();

		als(this.manager, verplaats(casus, this.team2, "Team 1 heeft geen ruimte", 0))
			.andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "clusterwachtlijst.gemeld.verplaatstEen"));

		assertThat(team(casus)).isEqualTo(this.team2);
		assertThat(this.fixtures.status(casus)).isEqualTo("WACHTLIJST");
		assertThat(
				this.jdbc.sql("select gemeld_op from casus where id = ?").param(casus).query(LocalDate.class).single())
			.isEqualTo(gemeldOp);
		assertThat(this.fixtures.tijdlijnRegels(casus, "teamGewijzigd")).isEqualTo(1);
		assertThat(this.fixtures.tijdlijnRegels(casus, "regieVervallen")).isZero();
		assertThat(this.fixtures.logRegels("TEAM_GEWIJZIGD", this.manager, casus, "OK")).isEqualTo(1);
		assertThat(leest(this.werker2, casus)).isTrue();
		assertThat(leest(this.werker1, casus)).isFalse();
		assertThat(pagina(this.manager, "/casussen/" + casus)).contains("Verplaatst", " — Team 1 heeft geen ruimte");
	}

	@Test
	void aRegievoerderWhoIsNoMemberOfTheNewTeamLosesTheRegieAndTheCaseWaitsThere() throws Exception {
		long casus = wachtend(this.team1).inBehandeling(medewerker(this.werker1)).dagenGeleden(30).opslaan();

		als(this.manager,
				verplaats(casus, this.team2, "Specialisme schulden zit in team 2", 0).param("terug", "cluster"))
			.andExpect(redirectedUrl("/wachtlijst/cluster"));

		assertThat(team(casus)).isEqualTo(this.team2);
		assertThat(this.fixtures.regievoerder(casus)).isNull();
		assertThat(this.fixtures.status(casus)).isEqualTo("AANGEMELD");
		assertThat(this.fixtures.tijdlijnRegels(casus, "regieVervallen")).isEqualTo(1);
		assertThat(leest(this.werker1, casus)).isFalse();
		assertThat(leest(this.werker2, casus)).isTrue();
		Wachtlijst.Regel regel = lijst(this.manager).lijst()
			.regels()
			.stream()
			.filter((r) -> r.id() == casus)
			.findFirst()
			.orElseThrow();
		assertThat(regel.dagenWachtend()).isEqualTo(30);
		assertThat(regel.teamId()).isEqualTo(this.team2);
	}

	@Test
	void aMoveToATeamOfAnotherClusterOrTheSameTeamIsRefusedAtTheTeamField() throws Exception {
		long casus = wachtend(this.team1).opslaan();

		assertThat(inhoud(als(this.manager, verplaats(casus, this.teamX, "Balans", 0))
			.andExpect(status().isUnprocessableContent())))
			.contains("Dit team hoort niet bij het cluster van deze casus", "teamId-fout");
		assertThat(inhoud(als(this.manager, verplaats(casus, this.team1, "Balans", 0))
			.andExpect(status().isUnprocessableContent()))).contains("De casus hoort al bij dit team.");
		this.jdbc.sql("delete from werkgebied_postcode where team_id = ?").param(this.teamVanAnder).update();
		this.beheer.zetTeamActief(this.teamVanAnder, false);
		assertThat(inhoud(als(this.manager, verplaats(casus, this.teamVanAnder, "Balans", 0))
			.andExpect(status().isUnprocessableContent()))).contains("Dit team is niet actief.");
		assertOngewijzigd(casus, this.team1);
	}

	@Test
	void aMoveWithoutReasonOrTeamIsRefusedAtItsField() throws Exception {
		long casus = wachtend(this.team1).opslaan();

		String html = inhoud(als(this.manager, post("/casussen/{id}/team", casus).param("version", "0"))
			.andExpect(status().isUnprocessableContent()));

		assertThat(html).contains("Kies het team waar de casus naartoe gaat.", "Geef de reden van de verplaatsing.",
				"foutoverzicht");
		assertOngewijzigd(casus, this.team1);
	}

	@Test
	void aClosedCaseIsNotMovedAndAStaleVersionIsAConflict() throws Exception {
		long gesloten = wachtend(this.team1).opslaan();
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = gemeld_op
				where id = ?
				""").param(gesloten).update();
		assertThat(inhoud(als(this.manager, verplaats(gesloten, this.team2, "Balans", 0))
			.andExpect(status().isUnprocessableContent()))).contains("Deze casus is afgesloten.");
		assertOngewijzigd(gesloten, this.team1);

		long casus = wachtend(this.team1).opslaan();
		this.jdbc.sql("update casus set version = 3 where id = ?").param(casus).update();
		als(this.manager, verplaats(casus, this.team2, "Balans", 2)).andExpect(status().isConflict());
		assertThat(team(casus)).isEqualTo(this.team1);
		assertThat(this.fixtures.tijdlijnRegels(casus, "teamGewijzigd")).isZero();
	}

	@Test
	void aManagerWhoDoesNotSteerTheCasesTeamDoesNotFindIt() throws Exception {
		long casus = wachtend(this.teamVanAnder).opslaan();
		int geweigerd = this.fixtures.logRegels("TEAM_GEWIJZIGD", this.manager, casus, "DENIED");

		als(this.manager, verplaats(casus, this.team1, "Balans", 0)).andExpect(status().isNotFound());

		assertOngewijzigd(casus, this.teamVanAnder);
		assertThat(this.fixtures.logRegels("TEAM_GEWIJZIGD", this.manager, casus, "DENIED")).isEqualTo(geweigerd + 1);
	}

	@Test
	void theMovePageOffersOnlyTheOtherActiveTeamsOfTheCluster() throws Exception {
		long casus = wachtend(this.team1).opslaan();

		String html = pagina(this.manager, "/casussen/" + casus + "/team?terug=cluster");

		assertThat(html)
			.contains("<option value=\"" + this.team2 + "\"", "<option value=\"" + this.teamVanAnder + "\"",
					"name=\"terug\" value=\"cluster\"")
			.doesNotContain("<option value=\"" + this.team1 + "\"", "<option value=\"" + this.teamX + "\"", "??");
	}

	@Test
	void severalCasesMoveAtOnceOrNoneAndTheRefusedOneIsNamed() throws Exception {
		long eerste = wachtend(this.team1).opslaan();
		long tweede = wachtend(this.team1).opWachtlijst().opslaan();
		long inX = wachtend(this.teamX).opslaan();

		String html = inhoud(als(this.manager, bulk(this.team2, "Balans", eerste, tweede, inX))
			.andExpect(status().isUnprocessableContent()));
		assertThat(html).contains("Er is niets verplaatst", "id=\"weigering-" + inX + "\"")
			.doesNotContain("id=\"weigering-" + eerste + "\"");
		assertOngewijzigd(eerste, this.team1);
		assertOngewijzigd(inX, this.teamX);

		als(this.manager, bulk(this.team2, "Balans", eerste, tweede)).andExpect(redirectedUrl("/wachtlijst/cluster"))
			.andExpect(flash().attribute("melding", "clusterwachtlijst.gemeld.verplaatstMeer"));
		for (long casus : new long[] { eerste, tweede }) {
			assertThat(team(casus)).isEqualTo(this.team2);
			assertThat(this.fixtures.tijdlijnRegels(casus, "teamGewijzigd")).isEqualTo(1);
			assertThat(this.fixtures.logRegels("TEAM_GEWIJZIGD", this.manager, casus, "OK")).isEqualTo(1);
		}
		assertThat(this.fixtures.status(tweede)).isEqualTo("WACHTLIJST");
	}

	@Test
	void aBulkMoveNeedsCasesATeamAndAReason() throws Exception {
		String html = inhoud(als(this.manager, post("/wachtlijst/cluster/verplaatsen"))
			.andExpect(status().isUnprocessableContent()));

		assertThat(html).contains("Kies eerst in de tabel een of meer casussen.",
				"Kies het team waar de casus naartoe gaat.", "Geef de reden van de verplaatsing.");
	}

	/** Whether this wijkwerker may read the dossier (Dossiers.lees, as the page does). */
	private boolean leest(String gebruikersnaam, long casus) {
		WijkdossierUser gebruiker = (WijkdossierUser) this.gebruikers.loadUserByUsername(gebruikersnaam);
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(gebruiker, null, gebruiker.getAuthorities()));
		try {
			return this.dossiers.lees(gebruiker, casus).id() == casus;
		}
		catch (NietGevondenException ex) {
			return false;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private CasusFixtures.CasusBouwer wachtend(long team) {
		return this.fixtures.casus(this.fixtures.inwoner().id(), team);
	}

	private long team(long casus) {
		return this.jdbc.sql("select team_id from casus where id = ?").param(casus).query(Long.class).single();
	}

	private void assertOngewijzigd(long casus, long team) {
		assertThat(team(casus)).isEqualTo(team);
		assertThat(this.fixtures.tijdlijnRegels(casus, "teamGewijzigd")).isZero();
		assertThat(this.fixtures.logRegels("TEAM_GEWIJZIGD", this.manager, casus, "OK")).isZero();
	}

	private long medewerker(String gebruikersnaam) {
		return this.fixtures.medewerkerVan(gebruikersnaam);
	}

	private Wachtlijst.ClusterPagina lijst(String gebruiker) throws Exception {
		return (Wachtlijst.ClusterPagina) als(gebruiker, get("/wachtlijst/cluster")).andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("cluster");
	}

	private static MockHttpServletRequestBuilder verplaats(long casus, long team, String reden, long version) {
		return post("/casussen/{id}/team", casus).param("teamId", String.valueOf(team))
			.param("reden", reden)
			.param("version", String.valueOf(version));
	}

	private static MockHttpServletRequestBuilder bulk(long team, String reden, long... casussen) {
		MockHttpServletRequestBuilder verzoek = post("/wachtlijst/cluster/verplaatsen")
			.param("teamId", String.valueOf(team))
			.param("reden", reden);
		for (long casus : casussen) {
			verzoek.param("casusIds", String.valueOf(casus));
		}
		return verzoek;
	}

	private ResultActions als(String gebruiker, MockHttpServletRequestBuilder verzoek) throws Exception {
		return this.mvc.perform(verzoek.with(user(this.gebruikers.loadUserByUsername(gebruiker))).with(csrf()));
	}

	private String pagina(String gebruiker, String pad) throws Exception {
		return inhoud(als(gebruiker, get(pad)).andExpect(status().isOk()));
	}

	private static String inhoud(ResultActions resultaat) throws Exception {
		return resultaat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
