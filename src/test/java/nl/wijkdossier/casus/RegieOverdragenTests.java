package nl.wijkdossier.casus;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
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
 * The manager transfers regie for good, one case from its dossier or several of one
 * medewerker at once: each transferred case gets its timeline line and access-log row;
 * every refusal changes nothing, says why next to the field or the case (422), and a bulk
 * transfer is all or nothing. Each test gets fresh teams in fresh clusters.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegieOverdragenTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final JdbcClient jdbc;

	final CasusFixtures fixtures;

	final OrganisatieBeheer beheer;

	/** Team 1 and 2 (cluster A) are steered by {@link #manager}. */
	long team1;

	long team2;

	String werker1;

	String collega1;

	String werker2;

	String manager;

	/** The manager of a team in another cluster. */
	String anderManager;

	@Autowired
	RegieOverdragenTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.beheer = beheer;
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
		this.werker1 = this.fixtures.wijkwerker(a.partnerId(), this.team1);
		this.collega1 = this.fixtures.wijkwerker(a.partnerId(), this.team1);
		this.werker2 = this.fixtures.wijkwerker(a.partnerId(), this.team2);
		CasusFixtures.NieuwTeam b = this.fixtures.nieuwTeam();
		this.anderManager = this.fixtures.manager(b.partnerId());
		this.beheer.zetManager(b.teamId(), this.fixtures.medewerkerVan(this.anderManager));
	}

	@Test
	void theManagerTransfersTheRegieOfOneCaseWithItsReasonOnTheTimeline() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);

		als(this.manager, regie(casus, medewerker(this.collega1), "Werker 1 gaat met pensioen", 0))
			.andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "regie.gemeld.overgedragen"));

		assertThat(this.fixtures.regievoerder(casus)).isEqualTo(medewerker(this.collega1));
		assertThat(this.fixtures.status(casus)).isEqualTo("IN_BEHANDELING");
		assertThat(this.fixtures.tijdlijnRegels(casus, "regieOvergedragen")).isEqualTo(1);
		assertThat(this.fixtures.logRegels("REGIE_OVERGEDRAGEN", this.manager, casus, "OK")).isEqualTo(1);
		assertThat(pagina(this.manager, "/casussen/" + casus)).contains("Regie overgedragen")
			.contains("van Test " + this.werker1 + " naar Test " + this.collega1 + " — Werker 1 gaat met pensioen")
			.doesNotContain("??");
	}

	@Test
	void theDossierOffersTheTransferToTheManagerOnlyAndNotToAWijkwerker() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);

		assertThat(pagina(this.manager, "/casussen/" + casus)).contains("/casussen/" + casus + "/regie",
				"id=\"regie-reden\"", "/casussen/" + casus + "/team");
		assertThat(pagina(this.collega1, "/casussen/" + casus)).doesNotContain("/casussen/" + casus + "/regie",
				"/casussen/" + casus + "/team");
		assertThat(pagina(this.manager, "/casussen/" + casus + "/regie"))
			.contains("name=\"reden\"", "<option value=\"" + medewerker(this.collega1) + "\"")
			.doesNotContain("<option value=\"" + medewerker(this.werker1) + "\"", "??");
	}

	@Test
	void aColleagueOfAnotherTeamCannotTakeOverAndNothingChanges() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);

		String html = inhoud(als(this.manager, regie(casus, medewerker(this.werker2), "Balans", 0))
			.andExpect(status().isUnprocessableContent()));

		assertThat(html).contains("Kies een actieve medewerker van het team van deze casus.", "medewerkerId-fout");
		assertOngewijzigd(casus, this.werker1);
	}

	@Test
	void aTransferWithoutReasonOrWithATooLongOneIsRefusedAtTheReasonField() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);

		assertThat(inhoud(als(this.manager, regie(casus, medewerker(this.collega1), "  ", 0))
			.andExpect(status().isUnprocessableContent()))).contains("Geef de reden van de overdracht.", "reden-fout");
		assertThat(inhoud(als(this.manager, regie(casus, medewerker(this.collega1), "x".repeat(301), 0))
			.andExpect(status().isUnprocessableContent())))
			.contains("De reden is te lang: gebruik hoogstens 300 tekens.");
		assertOngewijzigd(casus, this.werker1);
	}

	@Test
	void theRegieOfAClosedCaseIsNotTransferred() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);
		sluitAf(casus);

		assertThat(inhoud(als(this.manager, regie(casus, medewerker(this.collega1), "Pensioen", 1))
			.andExpect(status().isUnprocessableContent()))).contains("Deze casus is afgesloten. Heropen hem eerst.");
		assertThat(this.fixtures.regievoerder(casus)).isEqualTo(medewerker(this.werker1));
		assertThat(this.fixtures.tijdlijnRegels(casus, "regieOvergedragen")).isZero();
	}

	@Test
	void aStaleVersionIsAConflictAndNothingChanges() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);
		this.jdbc.sql("update casus set version = version + 1 where id = ?").param(casus).update();

		assertThat(inhoud(als(this.manager, regie(casus, medewerker(this.collega1), "Pensioen", 0))
			.andExpect(status().isConflict()))).contains("Een collega heeft deze casus gewijzigd");
		assertThat(this.fixtures.regievoerder(casus)).isEqualTo(medewerker(this.werker1));
		assertThat(this.fixtures.tijdlijnRegels(casus, "regieOvergedragen")).isZero();
	}

	@Test
	void aWijkwerkerAndTheGemeenteMayNotTransferRegie() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);
		String van = String.valueOf(medewerker(this.werker1));
		for (String wie : new String[] { this.collega1, Demo.GEMEENTE }) {
			als(wie, regie(casus, medewerker(this.collega1), "Pensioen", 0)).andExpect(status().isForbidden());
			als(wie, get("/casussen/{id}/regie", casus)).andExpect(status().isForbidden());
			als(wie, get("/regie/overdragen").param("van", van)).andExpect(status().isForbidden());
			als(wie, post("/regie/overdragen").param("van", van)
				.param("casusIds", String.valueOf(casus))
				.param("naar", String.valueOf(medewerker(this.collega1)))
				.param("reden", "Pensioen")).andExpect(status().isForbidden());
		}
		assertOngewijzigd(casus, this.werker1);
	}

	@Test
	void aManagerOfAnotherClusterDoesNotFindTheCase() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);
		int geweigerd = this.fixtures.logRegels("REGIE_OVERGEDRAGEN", this.anderManager, casus, "DENIED");

		als(this.anderManager, regie(casus, medewerker(this.collega1), "Pensioen", 0)).andExpect(status().isNotFound());
		als(this.anderManager, get("/regie/overdragen").param("van", String.valueOf(medewerker(this.werker1))))
			.andExpect(status().isNotFound());

		assertOngewijzigd(casus, this.werker1);
		assertThat(this.fixtures.logRegels("REGIE_OVERGEDRAGEN", this.anderManager, casus, "DENIED"))
			.isEqualTo(geweigerd + 1);
	}

	@Test
	void theBulkPageListsTheOpenCasesOfTheMedewerkerAndLogsEachOne() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long open = this.fixtures.casus(inwoner.id(), this.team1)
			.inBehandeling(medewerker(this.werker1))
			.wmo()
			.dagenGeleden(40)
			.opslaan();
		long tweede = inBehandeling(this.team1, this.werker1);
		long gesloten = inBehandeling(this.team1, this.werker1);
		sluitAf(gesloten);
		long vanCollega = inBehandeling(this.team1, this.collega1);

		String html = pagina(this.manager, "/regie/overdragen?van=" + medewerker(this.werker1));

		assertThat(html)
			.contains(inwoner.naam(), "name=\"casusIds\" value=\"" + open + "\"",
					"name=\"casusIds\" value=\"" + tweede + "\"", "deadline-amber", "Test " + this.collega1)
			.doesNotContain("value=\"" + gesloten + "\"", "value=\"" + vanCollega + "\"", "??");
		assertThat(this.fixtures.logRegels("CASUS_BEKEKEN", this.manager, open, "OK")).isEqualTo(1);
		assertThat(this.fixtures.logRegels("CASUS_BEKEKEN", this.manager, tweede, "OK")).isEqualTo(1);
		assertThat(this.fixtures.logRegels("CASUS_BEKEKEN", this.manager, gesloten, "OK")).isZero();
	}

	@Test
	void theManagerTransfersSeveralCasesAtOnceEachWithTimelineAndLog() throws Exception {
		long eerste = inBehandeling(this.team1, this.werker1);
		long tweede = inBehandeling(this.team1, this.werker1);
		long blijft = inBehandeling(this.team1, this.werker1);

		als(this.manager, bulk(this.werker1, this.collega1, "Werker 1 vertrekt", eerste, tweede))
			.andExpect(redirectedUrl("/regie/overdragen?van=" + medewerker(this.werker1)))
			.andExpect(flash().attribute("melding", "regie.gemeld.bulkMeer"));

		for (long casus : new long[] { eerste, tweede }) {
			assertThat(this.fixtures.regievoerder(casus)).isEqualTo(medewerker(this.collega1));
			assertThat(this.fixtures.tijdlijnRegels(casus, "regieOvergedragen")).isEqualTo(1);
			assertThat(this.fixtures.logRegels("REGIE_OVERGEDRAGEN", this.manager, casus, "OK")).isEqualTo(1);
		}
		assertOngewijzigd(blijft, this.werker1);
		assertThat(this.jdbc.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = ?")
			.params(eerste, "regieOvergedragen")
			.query(String.class)
			.single())
			.isEqualTo(Dossier.TijdlijnRegel.detailMetArgumenten("Test " + this.werker1, "Test " + this.collega1,
					"Werker 1 vertrekt"));
	}

	@Test
	void aBulkTransferIsAllOrNothingAndNamesTheCaseThatCannotGo() throws Exception {
		long inTeam1 = inBehandeling(this.team1, this.werker1);
		long inTeam2 = inBehandeling(this.team2, this.werker1);

		String html = inhoud(als(this.manager, bulk(this.werker1, this.collega1, "Vertrek", inTeam1, inTeam2))
			.andExpect(status().isUnprocessableContent()));

		assertThat(html)
			.contains("Er is niets overgedragen", "id=\"weigering-" + inTeam2 + "\"",
					"De gekozen medewerker hoort niet bij het team van deze casus.")
			.doesNotContain("id=\"weigering-" + inTeam1 + "\"");
		assertOngewijzigd(inTeam1, this.werker1);
		assertOngewijzigd(inTeam2, this.werker1);
		assertThat(this.fixtures.logRegels("REGIE_OVERGEDRAGEN", this.manager, inTeam1, "OK")).isZero();
	}

	@Test
	void aBulkTransferNeedsCasesAColleagueAndAReason() throws Exception {
		long casus = inBehandeling(this.team1, this.werker1);
		String van = String.valueOf(medewerker(this.werker1));

		String html = inhoud(als(this.manager, post("/regie/overdragen").param("van", van).param("reden", ""))
			.andExpect(status().isUnprocessableContent()));

		assertThat(html).contains("Kies een of meer casussen.", "Kies de medewerker die de regie overneemt.",
				"Geef de reden van de overdracht.");
		assertOngewijzigd(casus, this.werker1);
	}

	@Test
	void aBulkTransferWithACaseOfAnotherClusterIsNotFoundAndChangesNothing() throws Exception {
		long eigen = inBehandeling(this.team1, this.werker1);
		CasusFixtures.NieuwTeam elders = this.fixtures.nieuwTeam();
		long vreemd = this.fixtures.casus(this.fixtures.inwoner().id(), elders.teamId())
			.inBehandeling(medewerker(this.werker1))
			.opslaan();

		als(this.manager, bulk(this.werker1, this.collega1, "Vertrek", eigen, vreemd)).andExpect(status().isNotFound());

		assertOngewijzigd(eigen, this.werker1);
		assertOngewijzigd(vreemd, this.werker1);
	}

	private long inBehandeling(long team, String regievoerder) {
		return this.fixtures.casus(this.fixtures.inwoner().id(), team)
			.inBehandeling(medewerker(regievoerder))
			.opslaan();
	}

	private void sluitAf(long casus) {
		this.jdbc.sql("""
				update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = gemeld_op,
				                 version = version + 1
				where id = ?
				""").param(casus).update();
	}

	private void assertOngewijzigd(long casus, String regievoerder) {
		assertThat(this.fixtures.regievoerder(casus)).isEqualTo(medewerker(regievoerder));
		assertThat(this.fixtures.tijdlijnRegels(casus, "regieOvergedragen")).isZero();
		assertThat(this.jdbc.sql("select version from casus where id = ?").param(casus).query(Long.class).single())
			.isZero();
	}

	private long medewerker(String gebruikersnaam) {
		return this.fixtures.medewerkerVan(gebruikersnaam);
	}

	private static MockHttpServletRequestBuilder regie(long casus, long medewerker, String reden, long version) {
		return post("/casussen/{id}/regie", casus).param("medewerkerId", String.valueOf(medewerker))
			.param("reden", reden)
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder bulk(String van, String naar, String reden, long... casussen) {
		MockHttpServletRequestBuilder verzoek = post("/regie/overdragen").param("van", String.valueOf(medewerker(van)))
			.param("naar", String.valueOf(medewerker(naar)))
			.param("reden", reden);
		for (long casus : casussen) {
			verzoek.param("casusIds", String.valueOf(casus));
		}
		return verzoek;
	}

	private ResultActions als(String gebruiker, MockHttpServletRequestBuilder verzoek) throws Exception {
		return this.mvc.perform(verzoek.with(principal(gebruiker)).with(csrf()));
	}

	private RequestPostProcessor principal(String gebruiker) {
		return user(this.gebruikers.loadUserByUsername(gebruiker));
	}

	private String pagina(String gebruiker, String pad) throws Exception {
		return inhoud(als(gebruiker, get(pad)).andExpect(status().isOk()));
	}

	private static String inhoud(ResultActions resultaat) throws Exception {
		return resultaat.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
