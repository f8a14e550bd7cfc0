package nl.wijkdossier.verwijzing;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A referral from the picker to its close, over MockMvc: what is stored, what the
 * timeline and the access log say, and that every refused step stores nothing and says
 * why (422).
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerwijzingFlowTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final VerwijzingFixture fixture;

	@Autowired
	VerwijzingFlowTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, SocialeKaart kaart) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixture = new VerwijzingFixture(jdbc, new CasusFixtures(jdbc, inwoners, beheer), kaart);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private static MockHttpServletRequestBuilder verwijs(long casus, long voorziening, String reden) {
		return post("/casussen/{id}/verwijzingen", casus).param("voorzieningId", String.valueOf(voorziening))
			.param("reden", reden)
			.with(csrf());
	}

	/** Sends a referral as the demo wijkwerker and returns its id. */
	private long verstuur(long casus, long voorziening) throws Exception {
		MvcResult result = this.mvc
			.perform(verwijs(casus, voorziening, "Eenzaam sinds de verhuizing").with(als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		assertThat(url).startsWith("/casussen/" + casus + "/verwijzingen/");
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private ResultActions stap(String gebruiker, long casus, long verwijzing, String actie, String... velden)
			throws Exception {
		MockHttpServletRequestBuilder verzoek = post("/casussen/{id}/verwijzingen/{v}/" + actie, casus, verwijzing)
			.param("version", String.valueOf(this.fixture.verwijzing(verwijzing).get("version")))
			.with(csrf())
			.with(als(gebruiker));
		for (int i = 0; i < velden.length; i += 2) {
			verzoek.param(velden[i], velden[i + 1]);
		}
		return this.mvc.perform(verzoek);
	}

	private int log(long casus, String gebeurtenis, String resultaat) {
		return this.jdbc.sql("""
				select count(*) from toegangslog where casus_id = ? and gebeurtenis = ? and resultaat = ?
				  and gebruikersnaam = ?""")
			.params(casus, gebeurtenis, resultaat, Demo.WIJKWERKER)
			.query(Integer.class)
			.single();
	}

	@Test
	void thePickerShowsTheNeighbourhoodsInformalOptionsFirst() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		String pagina = this.mvc.perform(get("/casussen/{id}/verwijzingen/nieuw", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("In de wijk (Wijkteam Stad Centrum)")))
			.andExpect(content().string(containsString("Voor de hele stad")))
			.andExpect(content().string(containsString("Informeel initiatief")))
			.andExpect(content().string(containsString("name=\"voorzieningId\"")))
			.andExpect(content().string(containsString("/js/verwijzing.js")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pagina.indexOf("Buurtkamer Stad Centrum")).isPositive()
			.isLessThan(pagina.indexOf("Huisartsenpraktijk Stad"))
			.isLessThan(pagina.indexOf("Expertisecentrum Mantelzorg Polderstad"));
		assertThat(pagina).doesNotContain("Buurtkamer Haven").doesNotContain("Ontmoetingsplek De Oude Bieb");
		assertThat(log(casus, "CASUS_BEKEKEN", "OK")).isEqualTo(1);
	}

	@Test
	void theSuggestedKindPreselectsTheFilter() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		this.mvc
			.perform(get("/casussen/{id}/verwijzingen/nieuw", casus).param("soort", "EXPERTISECENTRUM_MANTELZORG")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Expertisecentrum Mantelzorg Polderstad")))
			.andExpect(content().string(containsString("value=\"EXPERTISECENTRUM_MANTELZORG\" selected=\"selected\"")))
			.andExpect(content().string(not(containsString("Buurtkamer Stad Centrum"))));
	}

	@Test
	void searchingAsYouTypeReturnsOnlyTheOptions() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		this.mvc
			.perform(get("/casussen/{id}/verwijzingen/nieuw", casus).param("q", "taalcaf")
				.header("HX-Request", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"keuzes\"")))
			.andExpect(content().string(containsString("hx-swap-oob")))
			.andExpect(content().string(containsString("Taalcaf\u00E9 Stad Centrum")))
			.andExpect(content().string(containsString("In andere wijken")))
			.andExpect(content().string(not(containsString("Repair Caf\u00E9"))))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aReferralIsSentWithATimelineLineThatLinksToIt() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long voorziening = this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT);
		long id = verstuur(casus, voorziening);

		Map<String, Object> rij = this.fixture.verwijzing(id);
		assertThat(rij.get("status")).isEqualTo("VERSTUURD");
		assertThat(rij.get("reden")).isEqualTo("Eenzaam sinds de verhuizing");
		assertThat(rij.get("voorziening_id")).isEqualTo(voorziening);
		assertThat(rij.get("gesprek_id")).isNull();
		assertThat(this.fixture.tijdlijn(casus, "verwijzing")).singleElement()
			.satisfies((r) -> assertThat(r.get("detail"))
				.isEqualTo(this.fixture.naam(voorziening) + ": Eenzaam sinds de verhuizing"))
			.satisfies((r) -> assertThat(r.get("link")).isEqualTo("/casussen/" + casus + "/verwijzingen/" + id));
		assertThat(log(casus, "VERWIJZING_AANGEMAAKT", "OK")).isEqualTo(1);

		this.mvc.perform(get("/casussen/{id}", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Verwezen naar")))
			.andExpect(content().string(containsString("href=\"/casussen/" + casus + "/verwijzingen/" + id + "\"")))
			.andExpect(content().string(containsString("id=\"verwijzingen\"")))
			.andExpect(content().string(containsString(">Verstuurd<")));
	}

	@Test
	void aReferralWithoutEntryOrReasonIsRefusedWithBothErrors() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		this.mvc.perform(
				post("/casussen/{id}/verwijzingen", casus).param("reden", " ").with(csrf()).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies een voorziening.")))
			.andExpect(content().string(containsString("Vul de reden van de verwijzing in.")))
			.andExpect(content().string(containsString("href=\"#voorzieningId\"")))
			.andExpect(content().string(containsString("id=\"reden-fout\"")));
		assertThat(this.fixture.verwijzingen(casus)).isZero();
		assertThat(this.fixture.tijdlijn(casus, "verwijzing")).isEmpty();
		assertThat(log(casus, "VERWIJZING_AANGEMAAKT", "OK")).isZero();
	}

	@Test
	void anEscalationWithoutSpecialismAndQuestionIsRefused() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long sst = this.fixture.voorziening(VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM);
		this.mvc.perform(verwijs(casus, sst, "Complexe situatie").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies het specialisme waarvoor u opschaalt.")))
			.andExpect(content().string(containsString("Vul de vraag aan het Sociaal Stedelijk Team in.")))
			.andExpect(content()
				.string(matchesPattern("(?s).*<input[^>]*value=\"" + sst + "\"[^>]*checked=\"checked\".*")))
			.andExpect(content().string(containsString("Complexe situatie")));
		assertThat(this.fixture.verwijzingen(casus)).isZero();
	}

	@Test
	void anEscalationRecordsSpecialismAndQuestionOnTheTimeline() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long sst = this.fixture.voorziening(VoorzieningSoort.SOCIAAL_STEDELIJK_TEAM);
		this.mvc
			.perform(verwijs(casus, sst, "Drank en schulden lopen op").param("specialisme", "VERSLAVINGSZORG")
				.param("sstVraag", "Is een klinische opname nodig?")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long id = this.fixture.laatsteVerwijzing(casus);
		assertThat(this.fixture.verwijzing(id)).containsEntry("specialisme", "VERSLAVINGSZORG")
			.containsEntry("sst_vraag", "Is een klinische opname nodig?");
		assertThat(this.fixture.tijdlijn(casus, "verwijzing")).singleElement()
			.satisfies((r) -> assertThat((String) r.get("detail"))
				.endsWith("Verslavingszorg: Is een klinische opname nodig?"));
		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Verslavingszorg")))
			.andExpect(content().string(containsString("Is een klinische opname nodig?")));
	}

	@Test
	void anInactiveEntryIsRefusedNextToTheChoice() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long gestopt = this.fixture.voorziening(VoorzieningSoort.INFORMEEL_INITIATIEF);
		this.jdbc.sql("update voorziening set actief = false where id = ?").param(gestopt).update();
		this.mvc.perform(verwijs(casus, gestopt, "Reden").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("staat niet meer actief op de sociale kaart")))
			.andExpect(content().string(containsString("id=\"voorzieningId-fout\"")));
		assertThat(this.fixture.verwijzingen(casus)).isZero();
	}

	@Test
	void aClosedCaseCannotBeReferred() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		this.fixture.sluitAf(casus);
		long voorziening = this.fixture.voorziening(VoorzieningSoort.INFORMEEL_INITIATIEF);
		this.mvc.perform(verwijs(casus, voorziening, "Reden").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze casus is afgesloten. Heropen de casus om te verwijzen.")));
		assertThat(this.fixture.verwijzingen(casus)).isZero();
		this.mvc.perform(get("/casussen/{id}/verwijzingen/nieuw", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Deze casus is afgesloten")))
			.andExpect(content().string(not(containsString("Verwijzing versturen"))));
		this.mvc.perform(get("/casussen/{id}", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(not(containsString("/casussen/" + casus + "/verwijzingen/nieuw"))));
	}

	@Test
	void aReferralFromAConversationOfTheCaseIsLinkedToIt() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long gesprek = this.fixture.gesprek(casus);
		long voorziening = this.fixture.voorziening(VoorzieningSoort.INFORMEEL_INITIATIEF);
		this.mvc
			.perform(get("/casussen/{id}/verwijzingen/nieuw", casus).param("gesprek", String.valueOf(gesprek))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vanuit het gesprek van")))
			.andExpect(content().string(containsString("name=\"gesprekId\" value=\"" + gesprek + "\"")));
		this.mvc
			.perform(verwijs(casus, voorziening, "Uit het gesprek").param("gesprekId", String.valueOf(gesprek))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixture.verwijzing(this.fixture.laatsteVerwijzing(casus))).containsEntry("gesprek_id", gesprek);
	}

	@Test
	void aConversationOfAnotherCaseIsRefused() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long anderGesprek = this.fixture.gesprek(this.fixture.casusVanWijkwerker());
		long voorziening = this.fixture.voorziening(VoorzieningSoort.INFORMEEL_INITIATIEF);
		this.mvc
			.perform(get("/casussen/{id}/verwijzingen/nieuw", casus).param("gesprek", String.valueOf(anderGesprek))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(verwijs(casus, voorziening, "Reden").param("gesprekId", String.valueOf(anderGesprek))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isNotFound());
		assertThat(this.fixture.verwijzingen(casus)).isZero();
		assertThat(log(casus, "VERWIJZING_AANGEMAAKT", "DENIED")).isEqualTo(1);
		assertThat(log(casus, "VERWIJZING_AANGEMAAKT", "OK")).isZero();
	}

	@Test
	void theReferralPageOffersOnlyTheNextStep() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.VRIJWILLIGERSORGANISATIE));
		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/verwijzingen/" + id + "/antwoord")))
			.andExpect(content().string(not(containsString("/verwijzingen/" + id + "/afronden"))))
			.andExpect(content().string(containsString("036 000 0000")))
			.andExpect(content().string(containsString("Geschiedenis")));
		assertThat(log(casus, "VERWIJZING_BEKEKEN", "OK")).isEqualTo(1);

		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "verwijzing.gemeld.beantwoord"));
		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(not(containsString("/verwijzingen/" + id + "/antwoord"))))
			.andExpect(content().string(containsString("/verwijzingen/" + id + "/afronden")));
	}

	@Test
	void aDeclineNeedsItsReasonAndIsOnTheTimeline() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long voorziening = this.fixture.voorziening(VoorzieningSoort.MAATWERKVOORZIENING);
		long id = verstuur(casus, voorziening);

		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "AFGEWEZEN", "afwijsreden", " ")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul de reden van de afwijzing in.")))
			.andExpect(content().string(containsString("id=\"afwijsreden-fout\"")));
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "VERSTUURD").containsEntry("version", 0L);

		stap(Demo.WIJKWERKER, casus, id, "antwoord").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies geaccepteerd of afgewezen.")));

		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "AFGEWEZEN", "afwijsreden",
				"Wachtlijst van acht weken")
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "AFGEWEZEN")
			.containsEntry("afwijsreden", "Wachtlijst van acht weken")
			.containsEntry("antwoord_gezien", true);
		assertThat(this.fixture.tijdlijn(casus, "verwijzingAfgewezen")).singleElement()
			.satisfies((r) -> assertThat(r.get("detail"))
				.isEqualTo(this.fixture.naam(voorziening) + ": Wachtlijst van acht weken"));
		assertThat(log(casus, "VERWIJZING_GEWIJZIGD", "OK")).isEqualTo(1);

		stap(Demo.WIJKWERKER, casus, id, "afronden", "terugkoppeling", "Toch gedaan")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen een geaccepteerde verwijzing kan worden afgerond.")));
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "AFGEWEZEN");
	}

	@Test
	void anAcceptedReferralIsClosedWithFeedback() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long voorziening = this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT);
		long id = verstuur(casus, voorziening);
		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD").andExpect(status().is3xxRedirection());
		assertThat(this.fixture.tijdlijn(casus, "verwijzingGeaccepteerd")).singleElement()
			.satisfies((r) -> assertThat(r.get("detail")).isEqualTo(this.fixture.naam(voorziening)));

		stap(Demo.WIJKWERKER, casus, id, "afronden", "terugkoppeling", "").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul de terugkoppeling van de organisatie in.")));
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "GEACCEPTEERD");

		stap(Demo.WIJKWERKER, casus, id, "afronden", "terugkoppeling", "Komt elke week, voelt zich minder alleen")
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "verwijzing.gemeld.afgerond"));
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "AFGEROND")
			.containsEntry("terugkoppeling", "Komt elke week, voelt zich minder alleen");
		assertThat(this.fixture.tijdlijn(casus, "verwijzingAfgerond")).singleElement()
			.satisfies((r) -> assertThat(r.get("link")).isEqualTo("/casussen/" + casus + "/verwijzingen/" + id));
		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Komt elke week, voelt zich minder alleen")))
			.andExpect(content().string(containsString("er volgt geen stap meer")))
			.andExpect(content().string(not(containsString("/verwijzingen/" + id + "/afronden\""))));
	}

	@Test
	void aStaleVersionShowsTheConflictPageAndChangesNothing() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		this.mvc
			.perform(post("/casussen/{id}/verwijzingen/{v}/antwoord", casus, id).param("version", "0")
				.param("antwoord", "GEACCEPTEERD")
				.with(csrf())
				.with(als(Demo.MANAGER)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/casussen/{id}/verwijzingen/{v}/antwoord", casus, id).param("version", "0")
				.param("antwoord", "AFGEWEZEN")
				.param("afwijsreden", "Vol")
				.with(csrf())
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")))
			.andExpect(content().string(containsString("Geaccepteerd")));
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "GEACCEPTEERD");
		assertThat(this.fixture.tijdlijn(casus, "verwijzingAfgewezen")).isEmpty();
	}

	@Test
	void aStepWithoutVersionIsABadRequest() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		this.mvc
			.perform(post("/casussen/{id}/verwijzingen/{v}/antwoord", casus, id).param("antwoord", "GEACCEPTEERD")
				.with(csrf())
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isBadRequest());
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "VERSTUURD");
	}

	@Test
	void anAnswerRecordedByAColleagueIsNewForTheRegievoerderUntilSheSeesIt() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		stap(Demo.MANAGER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD").andExpect(status().is3xxRedirection());
		assertThat(this.fixture.verwijzing(id)).containsEntry("antwoord_gezien", false);

		this.mvc.perform(get("/casussen/{id}", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Nieuw antwoord")));
		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("/verwijzingen/" + id + "/gezien")));

		stap(Demo.WIJKWERKER, casus, id, "gezien").andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "verwijzing.gemeld.gezien"));
		assertThat(this.fixture.verwijzing(id)).containsEntry("antwoord_gezien", true);
		this.mvc.perform(get("/casussen/{id}", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(not(containsString("Nieuw antwoord"))));
	}

	@Test
	void anAnswerTheRegievoerderRecordsHerselfIsNotNew() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD");
		stap(Demo.WIJKWERKER, casus, id, "afronden", "terugkoppeling", "Klaar");
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "AFGEROND")
			.containsEntry("antwoord_gezien", true);
	}

	@Test
	void onlyTheRegievoerderOrAManagerMarksAnAnswerSeen() throws Exception {
		long casus = this.fixture.casusVanCollega();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD").andExpect(status().is3xxRedirection());
		assertThat(this.fixture.verwijzing(id)).containsEntry("antwoord_gezien", false);

		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(not(containsString("/verwijzingen/" + id + "/gezien"))));
		stap(Demo.WIJKWERKER, casus, id, "gezien").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Alleen de regievoerder van de casus of een wijkteammanager")));
		assertThat(this.fixture.verwijzing(id)).containsEntry("antwoord_gezien", false);

		stap(Demo.MANAGER, casus, id, "gezien").andExpect(status().is3xxRedirection());
		assertThat(this.fixture.verwijzing(id)).containsEntry("antwoord_gezien", true);
	}

	@Test
	void anAnswerOnACaseWithoutRegievoerderIsNotNewForAnyone() throws Exception {
		long casus = this.fixture.casusZonderRegie();
		long id = verstuur(casus, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		stap(Demo.MANAGER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD").andExpect(status().is3xxRedirection());
		assertThat(this.fixture.verwijzing(id)).containsEntry("antwoord_gezien", true);
	}

	@Test
	void aReferralOfAnotherCaseIsNotFoundThroughThisCase() throws Exception {
		long casus = this.fixture.casusVanWijkwerker();
		long ander = this.fixture.casusVanWijkwerker();
		long id = verstuur(ander, this.fixture.voorziening(VoorzieningSoort.GROEPSACTIVITEIT));
		this.mvc.perform(get("/casussen/{id}/verwijzingen/{v}", casus, id).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isNotFound());
		stap(Demo.WIJKWERKER, casus, id, "antwoord", "antwoord", "GEACCEPTEERD").andExpect(status().isNotFound());
		assertThat(this.fixture.verwijzing(id)).containsEntry("status", "VERSTUURD");
		assertThat(log(casus, "VERWIJZING_BEKEKEN", "DENIED")).isEqualTo(1);
		assertThat(log(casus, "VERWIJZING_GEWIJZIGD", "DENIED")).isEqualTo(1);
	}

}
