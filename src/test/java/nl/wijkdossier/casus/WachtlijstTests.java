package nl.wijkdossier.casus;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The wachtlijst: only waiting cases in the user's scope, spoed first and then the
 * longest wait, filtered and paged in the query, logged as an access; and its actions —
 * picking up and (bulk) assigning — with their rules. Each test gets fresh teams in fresh
 * clusters, so nothing else writes to its lists.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WachtlijstTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final Inwoners inwoners;

	final OrganisatieBeheer beheer;

	@Autowired
	WachtlijstTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.inwoners = inwoners;
		this.beheer = beheer;
	}

	CasusFixtures fixtures;

	/**
	 * Team 1 and 2 (cluster A) are steered by the manager; team 3 lies in another
	 * cluster.
	 */
	long team1;

	long team2;

	long team3;

	String werker1;

	String collega1;

	String werker2;

	String werker3;

	String manager;

	@BeforeEach
	void organisatie() {
		this.fixtures = new CasusFixtures(this.jdbc, this.inwoners, this.beheer);
		CasusFixtures.NieuwTeam a = this.fixtures.nieuwTeam();
		this.manager = this.fixtures.manager(a.partnerId());
		this.beheer.zetManager(a.teamId(), this.fixtures.medewerkerVan(this.manager));
		this.team1 = a.teamId();
		this.team2 = this.fixtures.team(a.clusterId(), this.fixtures.medewerkerVan(this.manager));
		this.team3 = this.fixtures.nieuwTeam().teamId();
		this.werker1 = this.fixtures.wijkwerker(a.partnerId(), this.team1);
		this.collega1 = this.fixtures.wijkwerker(a.partnerId(), this.team1);
		this.werker2 = this.fixtures.wijkwerker(a.partnerId(), this.team2);
		this.werker3 = this.fixtures.wijkwerker(a.partnerId(), this.team3);
	}

	@Test
	void wijkwerkerSeesOnlyTheWaitingCasesOfHerOwnTeam() throws Exception {
		long wachtend = wachtend(this.team1).opslaan();
		long opWachtlijst = wachtend(this.team1).opWachtlijst().opslaan();
		long inBehandeling = wachtend(this.team1).inBehandeling(this.fixtures.medewerkerVan(this.collega1)).opslaan();
		long anderTeam = wachtend(this.team2).opslaan();
		long anderCluster = wachtend(this.team3).opslaan();

		assertThat(ids(lijst(this.werker1))).containsExactlyInAnyOrder(wachtend, opWachtlijst)
			.doesNotContain(inBehandeling, anderTeam, anderCluster);
	}

	@Test
	void aDemoCaseOfWijkwerkersTeamIsNotOnTheListOfWijkwerker2InAnotherCluster() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		this.fixtures.casus(inwoner.id(), this.fixtures.teamVan(Demo.WIJKWERKER)).urgentie(Urgentie.SPOED).opslaan();

		assertThat(pagina(Demo.WIJKWERKER, "/wachtlijst?urgentie=SPOED")).contains(inwoner.achternaam());
		assertThat(pagina(Demo.WIJKWERKER2, "/wachtlijst?urgentie=SPOED")).doesNotContain(inwoner.achternaam());
	}

	@Test
	void spoedComesFirstThenHoogThenNormaalEachLongestWaitFirst() throws Exception {
		long normaal30 = wachtend(this.team1).dagenGeleden(30).opslaan();
		long spoed1 = wachtend(this.team1).urgentie(Urgentie.SPOED).dagenGeleden(1).opslaan();
		long hoog10 = wachtend(this.team1).urgentie(Urgentie.HOOG).dagenGeleden(10).opWachtlijst().opslaan();
		long normaal40 = wachtend(this.team1).dagenGeleden(40).opWachtlijst().opslaan();
		long hoog20 = wachtend(this.team1).urgentie(Urgentie.HOOG).dagenGeleden(20).opslaan();

		Wachtlijst.Pagina lijst = lijst(this.werker1);

		assertThat(ids(lijst)).containsExactly(spoed1, hoog20, hoog10, normaal40, normaal30);
		assertThat(lijst.regels().get(0).dagenWachtend()).isEqualTo(1);
		assertThat(lijst.regels().get(3).dagenWachtend()).isEqualTo(40);
	}

	@Test
	void showsDaysWaitingNoContactYetAndTheWmoDeadlineInWords() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = this.fixtures.casus(inwoner.id(), this.team1).wmo().dagenGeleden(40).opslaan();
		this.fixtures.casus(this.fixtures.inwoner().id(), this.team1)
			.contactOp(java.time.LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE))
			.opslaan();

		Wachtlijst.Pagina lijst = lijst(this.werker1);
		Wachtlijst.Regel regel = lijst.regels().stream().filter((r) -> r.id() == casus).findFirst().orElseThrow();
		String html = pagina(this.werker1, "/wachtlijst");

		assertThat(regel.geenContact()).isTrue();
		assertThat(regel.deadline().kleur()).isEqualTo(WmoKlok.Kleur.AMBER);
		assertThat(regel.deadline().dagenOver()).isEqualTo(2);
		assertThat(lijst.regels().stream().filter((r) -> !r.geenContact())).hasSize(1);
		assertThat(html)
			.contains("40 dagen", "nog geen contact", "contact gehad", "deadline-amber", "Oranje", "geen Wmo-melding",
					"Financiën")
			.doesNotContain("??");
	}

	@Test
	void filtersByUrgencyDomainAndTeamInTheQuery() throws Exception {
		long spoedSchulden = wachtend(this.team1).urgentie(Urgentie.SPOED).domeinen(ZrmDomein.FINANCIEN).opslaan();
		long spoedWonen = wachtend(this.team1).urgentie(Urgentie.SPOED).domeinen(ZrmDomein.HUISVESTING).opslaan();
		long normaalSchulden = wachtend(this.team1).domeinen(ZrmDomein.FINANCIEN, ZrmDomein.SOCIAAL_NETWERK).opslaan();
		long team2Schulden = wachtend(this.team2).domeinen(ZrmDomein.FINANCIEN).opslaan();

		assertThat(ids(lijst(this.werker1, "urgentie", "SPOED"))).containsExactlyInAnyOrder(spoedSchulden, spoedWonen);
		assertThat(ids(lijst(this.werker1, "domein", "FINANCIEN"))).containsExactlyInAnyOrder(spoedSchulden,
				normaalSchulden);
		assertThat(ids(lijst(this.manager, "team", String.valueOf(this.team2)))).containsExactly(team2Schulden);
		assertThat(ids(lijst(this.werker1, "team", String.valueOf(this.team2)))).isEmpty();
	}

	@Test
	void htmxGetsOnlyTheTableFragment() throws Exception {
		wachtend(this.team1).opslaan();
		String fragment = this.mvc.perform(get("/wachtlijst").header("HX-Request", "true").with(als(this.werker1)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("id=\"wachtlijst-tabel\"", "<table").doesNotContain("<html", "<h1");
	}

	@Test
	void pagesHoldFiftyCasesAndTheCountCoversThemAll() throws Exception {
		for (int i = 0; i < 55; i++) {
			wachtend(this.team1).dagenGeleden(i).opslaan();
		}

		Wachtlijst.Pagina eerste = lijst(this.werker1);
		Wachtlijst.Pagina tweede = lijst(this.werker1, "pagina", "2");

		assertThat(eerste.totaal()).isEqualTo(55);
		assertThat(eerste.regels()).hasSize(50);
		assertThat(tweede.regels()).hasSize(5);
		assertThat(tweede.pagina()).isEqualTo(1);
		assertThat(ids(tweede)).doesNotContainAnyElementsOf(ids(eerste));
		assertThat(tweede.regels().get(4).dagenWachtend()).isZero();
	}

	@Test
	void everyViewOfTheListWritesOneAccessLogRow() throws Exception {
		int voor = this.fixtures.logRegels("WACHTLIJST_BEKEKEN", this.werker1, null, "OK");
		lijst(this.werker1);
		assertThat(this.fixtures.logRegels("WACHTLIJST_BEKEKEN", this.werker1, null, "OK")).isEqualTo(voor + 1);
	}

	@Test
	void managerSeesAllHisTeamsWithAPerTeamAndClusterSummary() throws Exception {
		wachtend(this.team1).dagenGeleden(3).opslaan();
		wachtend(this.team1).dagenGeleden(12)
			.contactOp(java.time.LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).minusDays(1))
			.opslaan();
		long inTeam2 = wachtend(this.team2).dagenGeleden(30).opslaan();
		long inTeam3 = wachtend(this.team3).opslaan();

		Wachtlijst.Pagina lijst = lijst(this.manager);

		assertThat(ids(lijst)).hasSize(3).contains(inTeam2).doesNotContain(inTeam3);
		assertThat(lijst.teams()).extracting(Wachtlijst.TeamTelling::id)
			.containsExactlyInAnyOrder(this.team1, this.team2);
		Wachtlijst.TeamTelling t1 = lijst.teams()
			.stream()
			.filter((t) -> t.id() == this.team1)
			.findFirst()
			.orElseThrow();
		assertThat(t1.aantal()).isEqualTo(2);
		assertThat(t1.langsteWachtDagen()).isEqualTo(12);
		assertThat(t1.zonderContact()).isEqualTo(1);
		assertThat(lijst.clusters()).singleElement().satisfies((c) -> {
			assertThat(c.aantal()).isEqualTo(3);
			assertThat(c.langsteWachtDagen()).isEqualTo(30);
			assertThat(c.zonderContact()).isEqualTo(2);
		});
		assertThat(pagina(this.manager, "/wachtlijst")).contains("toewijs-formulier", "name=\"casussen\"")
			.doesNotContain("??");
	}

	@Test
	void pickingUpMakesTheWijkwerkerRegievoerderWithATimelineLine() throws Exception {
		long casus = wachtend(this.team1).opWachtlijst().opslaan();

		this.mvc
			.perform(
					post("/wachtlijst/{id}/oppakken", casus).param("version", "0").with(als(this.werker1)).with(csrf()))
			.andExpect(redirectedUrl("/wachtlijst"))
			.andExpect(flash().attribute("melding", "wachtlijst.gemeld.opgepakt"));

		assertThat(this.fixtures.status(casus)).isEqualTo("IN_BEHANDELING");
		assertThat(this.fixtures.regievoerder(casus)).isEqualTo(this.fixtures.medewerkerVan(this.werker1));
		assertThat(this.fixtures.tijdlijnRegels(casus, "opgepakt")).isEqualTo(1);
		assertThat(this.fixtures.logRegels("CASUS_GEWIJZIGD", this.werker1, casus, "OK")).isEqualTo(1);
		assertThat(ids(lijst(this.werker1))).doesNotContain(casus);
	}

	@Test
	void managerAssignsSeveralCasesAtOnce() throws Exception {
		long eerste = wachtend(this.team1).opslaan();
		long tweede = wachtend(this.team1).opWachtlijst().opslaan();
		long blijft = wachtend(this.team1).opslaan();
		long collega = this.fixtures.medewerkerVan(this.collega1);

		this.mvc
			.perform(post("/wachtlijst/toewijzen").param("casussen", String.valueOf(eerste), String.valueOf(tweede))
				.param("medewerker", String.valueOf(collega))
				.with(als(this.manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/wachtlijst"))
			.andExpect(flash().attribute("melding", "wachtlijst.gemeld.toegewezen"));

		for (long casus : List.of(eerste, tweede)) {
			assertThat(this.fixtures.status(casus)).isEqualTo("IN_BEHANDELING");
			assertThat(this.fixtures.regievoerder(casus)).isEqualTo(collega);
			assertThat(this.fixtures.tijdlijnRegels(casus, "toegewezen")).isEqualTo(1);
		}
		assertThat(this.fixtures.status(blijft)).isEqualTo("AANGEMELD");
	}

	@Test
	void assigningToAMedewerkerOfAnotherTeamIsRefusedAndChangesNothing() throws Exception {
		long eigen = wachtend(this.team1).opslaan();
		long ander = wachtend(this.team1).opslaan();

		this.mvc
			.perform(post("/wachtlijst/toewijzen").param("casussen", String.valueOf(eigen), String.valueOf(ander))
				.param("medewerker", String.valueOf(this.fixtures.medewerkerVan(this.werker2)))
				.with(als(this.manager))
				.with(csrf()))
			.andExpect(redirectedUrl("/wachtlijst"))
			.andExpect(flash().attributeExists("fout"));

		assertThat(this.fixtures.status(eigen)).isEqualTo("AANGEMELD");
		assertThat(this.fixtures.status(ander)).isEqualTo("AANGEMELD");
		assertThat(this.fixtures.tijdlijnRegels(eigen, "toegewezen")).isZero();
	}

	@Test
	void aWijkwerkerCannotAssignCasesToOthers() throws Exception {
		long casus = wachtend(this.team1).opslaan();

		this.mvc
			.perform(post("/wachtlijst/toewijzen").param("casussen", String.valueOf(casus))
				.param("medewerker", String.valueOf(this.fixtures.medewerkerVan(this.collega1)))
				.with(als(this.werker1))
				.with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(this.fixtures.status(casus)).isEqualTo("AANGEMELD");
	}

	@Test
	void pickingUpACaseOfAnotherClusterAnswersNotFoundAndIsLoggedAsDenied() throws Exception {
		long casus = wachtend(this.team1).opslaan();

		this.mvc
			.perform(
					post("/wachtlijst/{id}/oppakken", casus).param("version", "0").with(als(this.werker3)).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.fixtures.status(casus)).isEqualTo("AANGEMELD");
		assertThat(this.fixtures.logRegels("CASUS_GEWIJZIGD", this.werker3, casus, "DENIED")).isEqualTo(1);
	}

	@Test
	void aManagerCannotPickUpAndAPostWithoutCsrfIsRefused() throws Exception {
		long casus = wachtend(this.team1).opslaan();
		this.mvc
			.perform(
					post("/wachtlijst/{id}/oppakken", casus).param("version", "0").with(als(this.manager)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/wachtlijst/{id}/oppakken", casus).param("version", "0").with(als(this.werker1)))
			.andExpect(status().isForbidden());
		assertThat(this.fixtures.status(casus)).isEqualTo("AANGEMELD");
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY })
	void rolesWithoutCasesCannotOpenTheList(String gebruiker) throws Exception {
		this.mvc.perform(get("/wachtlijst").with(als(gebruiker))).andExpect(status().isForbidden());
	}

	private CasusFixtures.CasusBouwer wachtend(long team) {
		return this.fixtures.casus(this.fixtures.inwoner().id(), team);
	}

	private Wachtlijst.Pagina lijst(String gebruiker, String... parameters) throws Exception {
		MockHttpServletRequestBuilder verzoek = get("/wachtlijst").with(als(gebruiker));
		for (int i = 0; i < parameters.length; i += 2) {
			verzoek.param(parameters[i], parameters[i + 1]);
		}
		return (Wachtlijst.Pagina) this.mvc.perform(verzoek)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("lijst");
	}

	private String pagina(String gebruiker, String pad) throws Exception {
		return this.mvc.perform(get(pad).with(als(gebruiker)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Long> ids(Wachtlijst.Pagina lijst) {
		return lijst.regels().stream().map(Wachtlijst.Regel::id).toList();
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
