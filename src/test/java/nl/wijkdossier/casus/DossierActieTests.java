package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.casus.CasusFixture.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actions on a dossier: each happy path changes the case, writes a timeline line and
 * an access-log row; each refused one changes nothing and says why; a stale version is a
 * conflict.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierActieTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService gebruikers;

	@Autowired
	JdbcClient jdbc;

	CasusFixture casussen;

	@BeforeEach
	void fixture() {
		this.casussen = new CasusFixture(this.mvc, this.gebruikers, this.jdbc);
	}

	@Test
	void wijkwerkerPicksUpACaseAndBecomesRegievoerder() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER, id, "oppakken").andExpect(redirectedUrl("/casussen/" + id))
			.andExpect(flash().attribute("melding", "dossier.gemeld.opgepakt"));
		Map<String, Object> casus = this.casussen.casus(id);
		assertThat(casus.get("status")).isEqualTo("IN_BEHANDELING");
		assertThat(casus.get("regievoerder_id")).isEqualTo(this.casussen.medewerkerId(Demo.WIJKWERKER));
		assertThat(this.casussen.tijdlijn(id, "opgepakt")).isEqualTo(1);
		assertThat(this.casussen.toegangslog(id, "CASUS_GEWIJZIGD", "OK", Demo.WIJKWERKER)).isEqualTo(1);
	}

	@Test
	void aClosedCaseCannotBePickedUp() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER, id, "afsluiten", "reden", "DOEL_BEREIKT").andExpect(status().is3xxRedirection());
		long version = this.casussen.version(id);
		actie(Demo.WIJKWERKER, id, "oppakken").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze casus is afgesloten. Heropen hem eerst.")));
		assertThat(this.casussen.status(id)).isEqualTo("AFGESLOTEN");
		assertThat(this.casussen.version(id)).isEqualTo(version);
		assertThat(this.casussen.tijdlijn(id, "opgepakt")).isZero();
	}

	@Test
	void aCaseGoesOnTheWachtlijstOnce() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER, id, "wachtlijst").andExpect(redirectedUrl("/casussen/" + id));
		assertThat(this.casussen.status(id)).isEqualTo("WACHTLIJST");
		assertThat(this.casussen.tijdlijn(id, "wachtlijst")).isEqualTo(1);
		actie(Demo.WIJKWERKER, id, "wachtlijst").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen een nieuwe aanmelding kan op de wachtlijst.")));
		assertThat(this.casussen.tijdlijn(id, "wachtlijst")).isEqualTo(1);
	}

	@Test
	void aWijkwerkerCannotLetASpoedCaseWait() throws Exception {
		long id = this.casussen.meld(spoed());
		actie(Demo.WIJKWERKER, id, "wachtlijst", "spoedReden", "Geen capaciteit")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen de wijkteammanager kan een spoedcasus")));
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
	}

	@Test
	void theManagerLetsASpoedCaseWaitOnlyWithAReason() throws Exception {
		long id = this.casussen.meld(spoed());
		actie(Demo.MANAGER, id, "wachtlijst").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Een spoedcasus wacht niet zomaar.")));
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
		actie(Demo.MANAGER, id, "wachtlijst", "spoedReden", "Tijdelijke opvang geregeld via huisarts")
			.andExpect(redirectedUrl("/casussen/" + id));
		Map<String, Object> casus = this.casussen.casus(id);
		assertThat(casus.get("status")).isEqualTo("WACHTLIJST");
		assertThat(casus.get("spoed_uitgesteld_reden")).isEqualTo("Tijdelijke opvang geregeld via huisarts");
		assertThat(this.casussen.toegangslog(id, "CASUS_GEWIJZIGD", "OK", Demo.MANAGER)).isEqualTo(1);
	}

	@Test
	void theManagerAssignsToAMedewerkerOfTheTeam() throws Exception {
		long id = this.casussen.meld(intake());
		long collega = this.casussen.collegaIn(this.casussen.teamVan(Demo.WIJKWERKER), Demo.WIJKWERKER);
		actie(Demo.MANAGER, id, "toewijzen", "medewerkerId", String.valueOf(collega))
			.andExpect(redirectedUrl("/casussen/" + id));
		Map<String, Object> casus = this.casussen.casus(id);
		assertThat(casus.get("regievoerder_id")).isEqualTo(collega);
		assertThat(casus.get("status")).isEqualTo("IN_BEHANDELING");
		assertThat(this.casussen.tijdlijn(id, "toegewezen")).isEqualTo(1);
	}

	@Test
	void noOneIsAssignedACaseOfAnotherTeam() throws Exception {
		long id = this.casussen.meld(intake());
		long anderTeam = this.casussen.medewerkerId(Demo.WIJKWERKER2);
		actie(Demo.MANAGER, id, "toewijzen", "medewerkerId", String.valueOf(anderTeam))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een actieve medewerker van het team van deze casus.")));
		assertThat(this.casussen.casus(id).get("regievoerder_id")).isNull();
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
	}

	@Test
	void aWijkwerkerCannotAssignACaseToSomeoneElse() throws Exception {
		long id = this.casussen.meld(intake());
		long collega = this.casussen.collegaIn(this.casussen.teamVan(Demo.WIJKWERKER), Demo.WIJKWERKER);
		actie(Demo.WIJKWERKER, id, "toewijzen", "medewerkerId", String.valueOf(collega))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen de wijkteammanager wijst een casus toe")));
		assertThat(this.casussen.casus(id).get("regievoerder_id")).isNull();
	}

	@Test
	void aCaseIsClosedWithAReasonAndReopened() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER, id, "oppakken").andExpect(status().is3xxRedirection());
		actie(Demo.WIJKWERKER, id, "afsluiten", "reden", "VERHUISD").andExpect(redirectedUrl("/casussen/" + id));
		Map<String, Object> casus = this.casussen.casus(id);
		assertThat(casus.get("status")).isEqualTo("AFGESLOTEN");
		assertThat(casus.get("afsluitreden")).isEqualTo("VERHUISD");
		actie(Demo.WIJKWERKER, id, "afsluiten", "reden", "ANDERS").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze casus is al afgesloten.")));
		assertThat(this.casussen.casus(id).get("afsluitreden")).isEqualTo("VERHUISD");

		actie(Demo.WIJKWERKER, id, "heropenen").andExpect(redirectedUrl("/casussen/" + id));
		assertThat(this.casussen.status(id)).isEqualTo("IN_BEHANDELING");
		assertThat(this.casussen.tijdlijn(id, "heropend")).isEqualTo(1);
	}

	@Test
	void onlyAClosedCaseIsReopened() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER, id, "heropenen").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen een afgesloten casus kan worden heropend.")));
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
	}

	@Test
	void aCaseIsNotClosedWithoutAReason() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER, id, "afsluiten").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Geef een reden.")));
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
	}

	@Test
	void theWmoClockIsKeptStepByStep() throws Exception {
		long id = this.casussen.meld(intake().param("wmoMelding", "true"));
		String vandaag = LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).toString();
		actie(Demo.WIJKWERKER, id, "wmo/ontvangst", "op", vandaag).andExpect(redirectedUrl("/casussen/" + id));
		actie(Demo.WIJKWERKER, id, "wmo/clientondersteuning", "aangeboden", "true")
			.andExpect(redirectedUrl("/casussen/" + id));
		actie(Demo.WIJKWERKER, id, "wmo/opschorten", "van", vandaag, "reden", "Wacht op medisch advies")
			.andExpect(redirectedUrl("/casussen/" + id));
		actie(Demo.WIJKWERKER, id, "wmo/hervatten", "op", vandaag).andExpect(redirectedUrl("/casussen/" + id));
		actie(Demo.WIJKWERKER, id, "wmo/onderzoek", "op", vandaag).andExpect(redirectedUrl("/casussen/" + id));
		actie(Demo.WIJKWERKER, id, "wmo/aanvraag", "op", vandaag).andExpect(redirectedUrl("/casussen/" + id));
		actie(Demo.WIJKWERKER, id, "wmo/beschikking", "op", vandaag).andExpect(redirectedUrl("/casussen/" + id));
		Map<String, Object> casus = this.casussen.casus(id);
		assertThat(casus.get("ontvangst_bevestigd_op")).hasToString(vandaag);
		assertThat(casus.get("clientondersteuning_aangeboden")).isEqualTo(true);
		assertThat(casus.get("opschorting_reden")).isEqualTo("Wacht op medisch advies");
		assertThat(casus.get("opgeschort_tot")).hasToString(vandaag);
		assertThat(casus.get("onderzoek_afgerond_op")).hasToString(vandaag);
		assertThat(casus.get("aanvraag_op")).hasToString(vandaag);
		assertThat(casus.get("beschikking_op")).hasToString(vandaag);
		for (String soort : new String[] { "ontvangstBevestigd", "clientondersteuningAangeboden", "opgeschort",
				"hervat", "onderzoekAfgerond", "aanvraag", "beschikking" }) {
			assertThat(this.casussen.tijdlijn(id, soort)).as(soort).isEqualTo(1);
		}
		assertThat(this.casussen.toegangslog(id, "CASUS_GEWIJZIGD", "OK", Demo.WIJKWERKER)).isEqualTo(7);
	}

	@Test
	void aWmoStepCannotBeDatedInTheFuture() throws Exception {
		long id = this.casussen.meld(intake().param("wmoMelding", "true"));
		String morgen = LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).plusDays(1).toString();
		actie(Demo.WIJKWERKER, id, "wmo/onderzoek", "op", morgen).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze datum ligt in de toekomst.")));
		assertThat(this.casussen.casus(id).get("onderzoek_afgerond_op")).isNull();
		assertThat(this.casussen.tijdlijn(id, "onderzoekAfgerond")).isZero();
	}

	@Test
	void theWmoClockIsSuspendedOnlyOnce() throws Exception {
		long id = this.casussen.meld(intake().param("wmoMelding", "true"));
		String vandaag = LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).toString();
		actie(Demo.WIJKWERKER, id, "wmo/opschorten", "van", vandaag, "reden", "Wacht op informatie")
			.andExpect(status().is3xxRedirection());
		actie(Demo.WIJKWERKER, id, "wmo/hervatten", "op", vandaag).andExpect(status().is3xxRedirection());
		actie(Demo.WIJKWERKER, id, "wmo/opschorten", "van", vandaag, "reden", "Nogmaals")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("dat kan maar \u00e9\u00e9n keer")));
		assertThat(this.casussen.casus(id).get("opschorting_reden")).isEqualTo("Wacht op informatie");
	}

	@Test
	void aClockThatIsNotSuspendedCannotBeResumed() throws Exception {
		long id = this.casussen.meld(intake().param("wmoMelding", "true"));
		actie(Demo.WIJKWERKER, id, "wmo/hervatten").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("De Wmo-klok is niet opgeschort.")));
	}

	@Test
	void noBeschikkingBeforeAnAanvraag() throws Exception {
		long id = this.casussen.meld(intake().param("wmoMelding", "true"));
		actie(Demo.WIJKWERKER, id, "wmo/beschikking").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Registreer eerst de aanvraag")));
		assertThat(this.casussen.casus(id).get("beschikking_op")).isNull();
	}

	@Test
	void aCaseWithoutWmoMeldingHasNoClockToKeep() throws Exception {
		long id = this.casussen.meld(intake());
		for (String klok : new String[] { "wmo/ontvangst", "wmo/onderzoek", "wmo/aanvraag" }) {
			actie(Demo.WIJKWERKER, id, klok).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Deze casus is geen Wmo-melding")));
		}
		assertThat(this.casussen.version(id)).isZero();
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		long id = this.casussen.meld(intake());
		long gezien = this.casussen.version(id);
		actie(Demo.MANAGER, id, "wachtlijst").andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/casussen/{id}/oppakken", id).param("version", String.valueOf(gezien))
				.with(this.casussen.als(Demo.WIJKWERKER))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")))
			.andExpect(content().string(containsString("Wachtlijst")))
			.andExpect(content().string(containsString("Op de wachtlijst gezet")));
		assertThat(this.casussen.status(id)).isEqualTo("WACHTLIJST");
		assertThat(this.casussen.casus(id).get("regievoerder_id")).isNull();
		assertThat(this.casussen.tijdlijn(id, "opgepakt")).isZero();
	}

	@Test
	void anActionOnACaseOutOfScopeIsNotFoundAndLoggedAsDenied() throws Exception {
		long id = this.casussen.meld(intake());
		actie(Demo.WIJKWERKER2, id, "afsluiten", "reden", "ANDERS").andExpect(status().isNotFound());
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
		assertThat(this.casussen.toegangslog(id, "CASUS_GEWIJZIGD", "DENIED", Demo.WIJKWERKER2)).isEqualTo(1);
	}

	@Test
	void rolesThatReadNoCaseCannotActOnOne() throws Exception {
		long id = this.casussen.meld(intake());
		for (String gebruiker : new String[] { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY }) {
			actie(gebruiker, id, "afsluiten", "reden", "ANDERS").andExpect(status().isForbidden());
		}
		assertThat(this.casussen.status(id)).isEqualTo("AANGEMELD");
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder spoed() {
		return CasusFixture.met(intake(), "urgentie", "SPOED");
	}

	/**
	 * Posts an action with the case's current version and extra parameters (name, value,
	 * ...).
	 */
	private ResultActions actie(String gebruiker, long id, String pad, String... parameters) throws Exception {
		var verzoek = post("/casussen/{id}/" + pad, id).param("version", String.valueOf(this.casussen.version(id)))
			.with(this.casussen.als(gebruiker))
			.with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			verzoek.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(verzoek);
	}

}
