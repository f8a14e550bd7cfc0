package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static nl.wijkdossier.gesprek.GesprekFixture.gesprek;
import static nl.wijkdossier.gesprek.GesprekFixture.vandaag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Vastleggen": a conversation on a waiting case takes it off the wachtlijst with its
 * author as regievoerder, stores its scores and agreements, writes the timeline line with
 * its ZRM scores and agreements; a refused form stores nothing; a correction keeps the
 * original.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GesprekVastleggenTests {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final GesprekFixture fixture;

	@Autowired
	GesprekVastleggenTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.fixture = new GesprekFixture(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void theFirstConversationTakesAWaitingCaseOffTheWachtlijstWithItsAuthorAsRegievoerder() throws Exception {
		long casusId = this.fixture.wachtend().wmo().opslaan();
		LocalDate gisteren = vandaag().minusDays(1);
		MvcResult resultaat = this.mvc
			.perform(gesprek(casusId, "Mevrouw vertelt dat de post zich opstapelt.", "datum", gisteren.toString(),
					"zrmScore[FINANCIEN]", "2", "zrmDoel[FINANCIEN]", "4", "zrmScore[HUISVESTING]", "",
					"afspraken[0].omschrijving", "Samen de post openen", "afspraken[0].wie", "WIJKWERKER",
					"afspraken[0].deadline", vandaag().plusDays(7).toString(), "afspraken[1].omschrijving",
					"Aanmelden bij schuldhulp", "afspraken[1].wie", "PARTNER", "afspraken[1].partner",
					"Schuldhulp Polderstad")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "gesprek.vastgelegd"))
			.andReturn();
		long gesprekId = this.fixture.gesprekId(casusId);
		assertThat(resultaat.getResponse().getRedirectedUrl())
			.isEqualTo("/casussen/" + casusId + "/gesprekken/" + gesprekId);

		Map<String, Object> casus = this.fixture.casusRij(casusId);
		assertThat(casus.get("status")).isEqualTo("IN_BEHANDELING");
		assertThat(casus.get("regievoerder_id")).isEqualTo(this.fixture.medewerkerVan(Demo.WIJKWERKER));
		assertThat(casus.get("eerste_contact_op")).isEqualTo(java.sql.Date.valueOf(gisteren));
		assertThat(casus.get("onderzoeksgesprek_op")).isEqualTo(java.sql.Date.valueOf(gisteren));

		Map<String, Object> rij = this.jdbc.sql("select * from gesprek where id = ?")
			.param(gesprekId)
			.query()
			.singleRow();
		assertThat(rij.get("verslag")).isEqualTo("Mevrouw vertelt dat de post zich opstapelt.");
		assertThat(rij.get("locatie")).isEqualTo("THUIS");
		assertThat(this.jdbc.sql("select domein || ':' || score || ':' || doel from gesprek_zrm where gesprek_id = ?")
			.param(gesprekId)
			.query(String.class)
			.list()).containsExactly("FINANCIEN:2:4");
		assertThat(this.jdbc.sql("""
				select volgorde || ':' || omschrijving || ':' || wie || ':' || coalesce(partner, '-') || ':' || casus_id
				from afspraak where gesprek_id = ? order by volgorde
				""").param(gesprekId).query(String.class).list()).containsExactly(
				"0:Samen de post openen:WIJKWERKER:-:" + casusId,
				"1:Aanmelden bij schuldhulp:PARTNER:Schuldhulp Polderstad:" + casusId);

		Map<String, Object> regel = this.jdbc
			.sql("select detail, link from casus_gebeurtenis where casus_id = ? and soort = 'gesprek'")
			.param(casusId)
			.query()
			.singleRow();
		assertThat(regel.get("link")).isEqualTo("/casussen/" + casusId + "/gesprekken/" + gesprekId);
		assertThat((String) regel.get("detail")).contains("Thuis bij de inwoner")
			.contains("ZRM: Financi\u00ebn 2")
			.contains("2 afspraken: Samen de post openen; Aanmelden bij schuldhulp");
		assertThat(this.fixture
			.aantal("select count(*) from casus_gebeurtenis where casus_id = ? and soort = 'contact'", casusId))
			.isEqualTo(1);
		assertThat(this.fixture.log(casusId, "GESPREK_VASTGELEGD", "OK", Demo.WIJKWERKER)).isEqualTo(1);

		this.mvc.perform(get("/casussen/{id}", casusId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/casussen/" + casusId + "/gesprekken/" + gesprekId)))
			.andExpect(content().string(containsString("Gesprek vastgelegd:")))
			.andExpect(content().string(containsString("Mevrouw vertelt dat de post zich opstapelt.")));
	}

	@Test
	void aLaterConversationShowsTheChangeOfEachScore() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc
			.perform(gesprek(casusId, "Eerste gesprek.", "datum", vandaag().minusDays(3).toString(),
					"zrmScore[FINANCIEN]", "2", "zrmScore[HUISVESTING]", "4")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Vorige keer: 2 \u2013 niet zelfredzaam")))
			.andExpect(content().string(containsString("Vorige keer: 4 \u2013 voldoende zelfredzaam")));
		this.mvc
			.perform(gesprek(casusId, "Tweede gesprek.", "zrmScore[FINANCIEN]", "3", "zrmScore[HUISVESTING]", "4",
					"zrmScore[SOCIAAL_NETWERK]", "2")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long tweede = this.fixture.gesprekId(casusId);
		String detail = this.jdbc.sql("""
				select detail from casus_gebeurtenis where casus_id = ? and soort = 'gesprek' and link like ?
				""").params(casusId, "%/" + tweede).query(String.class).single();
		assertThat(detail).contains("ZRM: Financi\u00ebn 3 (was 2), Huisvesting 4 (was 4), Sociaal netwerk 2");
		this.mvc.perform(get("/casussen/{id}/gesprekken/{g}", casusId, tweede).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\u2191 1 hoger (was 2)")))
			.andExpect(content().string(containsString("Gelijk (was 4)")))
			.andExpect(content().string(containsString("Eerste meting")));
	}

	@Test
	void aRefusedFormIs422WithEachErrorAtItsFieldAndStoresNothing() throws Exception {
		long casusId = this.fixture.casus();
		int gesprekkenVoor = this.fixture.aantal("select count(*) from gesprek");
		int afsprakenVoor = this.fixture.aantal("select count(*) from afspraak");
		int scoresVoor = this.fixture.aantal("select count(*) from gesprek_zrm");
		this.mvc
			.perform(gesprek(casusId, "  ", "datum", vandaag().plusDays(1).toString(), "zrmScore[FINANCIEN]", "3",
					"zrmDoel[HUISVESTING]", "4", "afspraken[0].omschrijving", "Aanvraag indienen", "afspraken[0].wie",
					"PARTNER", "mantelzorgerAanwezig", "true", "edizScore", "20")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"foutoverzicht\"")))
			.andExpect(content().string(containsString("Schrijf het verslag van het gesprek.")))
			.andExpect(content().string(containsString("Deze datum ligt in de toekomst.")))
			.andExpect(content().string(containsString("Een doel hoort bij een score.")))
			.andExpect(content().string(containsString("Vul in welke partner het doet.")))
			.andExpect(content().string(containsString("Vul de naam van de mantelzorger in.")))
			.andExpect(content().string(containsString("Vul een EDIZ-plus-score van 0 tot en met 15 in.")))
			.andExpect(content().string(containsString("href=\"#afspraken[0].partner\"")))
			.andExpect(content().string(containsString("id=\"afspraken[0].partner-fout\"")))
			.andExpect(content().string(containsString("aria-describedby=\"zrmDoel[HUISVESTING]-fout\"")))
			.andExpect(content().string(containsString("value=\"Aanvraag indienen\"")));
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
		assertThat(this.fixture.aantal("select count(*) from gesprek")).isEqualTo(gesprekkenVoor);
		assertThat(this.fixture.aantal("select count(*) from afspraak")).isEqualTo(afsprakenVoor);
		assertThat(this.fixture.aantal("select count(*) from gesprek_zrm")).isEqualTo(scoresVoor);
		assertThat(this.fixture.casusRij(casusId).get("status")).isEqualTo("AANGEMELD");
		assertThat(this.fixture.casusRij(casusId).get("eerste_contact_op")).isNull();
	}

	@Test
	void aConversationCannotPredateTheMelding() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc
			.perform(gesprek(casusId, "Verslag", "datum", vandaag().minusDays(11).toString())
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Het gesprek kan niet v\u00f3\u00f3r de melding")));
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
	}

	@Test
	void aClosedCaseRefusesANewConversationAndDoesNotOfferIt() throws Exception {
		long casusId = this.fixture.casus();
		this.fixture.sluitAf(casusId);
		this.mvc.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Deze casus is afgesloten.")))
			.andExpect(content().string(not(containsString("id=\"vastleggen\""))));
		this.mvc.perform(get("/casussen/{id}", casusId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Gesprekken")))
			.andExpect(content().string(not(containsString("id=\"gesprek-vastleggen\""))));
		this.mvc.perform(gesprek(casusId, "Toch een gesprek").with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Heropen hem eerst om een gesprek vast te leggen.")));
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
	}

	@Test
	void aSuspicionOfDomesticViolenceStartsTheMeldcodeOnce() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc
			.perform(gesprek(casusId, "Blauwe plekken gezien.", "vermoedenHuiselijkGeweld", "true", "datum",
					vandaag().minusDays(2).toString())
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long eerste = this.fixture.gesprekId(casusId);
		Map<String, Object> meldcode = this.jdbc.sql("select * from meldcode where casus_id = ?")
			.param(casusId)
			.query()
			.singleRow();
		assertThat(meldcode.get("gesprek_id")).isEqualTo(eerste);
		assertThat(meldcode.get("gestart_op")).isEqualTo(java.sql.Date.valueOf(vandaag().minusDays(2)));
		this.mvc
			.perform(gesprek(casusId, "Opnieuw zorgen.", "vermoedenHuiselijkGeweld", "true")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.fixture.aantal("select count(*) from meldcode where casus_id = ?", casusId)).isEqualTo(1);
		assertThat(this.fixture
			.aantal("select count(*) from casus_gebeurtenis where casus_id = ? and soort = 'gesprekMeldcode'", casusId))
			.isEqualTo(1);
	}

	@Test
	void anOverloadedMantelzorgerGetsAReferralSuggestion() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc
			.perform(gesprek(casusId, "Dochter zorgt dag en nacht.", "mantelzorgerAanwezig", "true", "mantelzorgerNaam",
					"Joke", "mantelzorgerRelatie", "dochter", "edizScore", "11")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long gesprekId = this.fixture.gesprekId(casusId);
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/{g}", casusId, gesprekId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("EDIZ-plus: 11 van 15 \u2013 overbelast")))
			.andExpect(content().string(containsString("/casussen/" + casusId
					+ "/verwijzingen/nieuw?soort=EXPERTISECENTRUM_MANTELZORG&amp;gesprek=" + gesprekId)));
	}

	@Test
	void aCorrectionKeepsTheOriginalAndNeedsAReasonAndAChange() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc
			.perform(gesprek(casusId, "Afspraak met huisarts op dinsdag.", "interneNotitie", "Hond in huis.")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long gesprekId = this.fixture.gesprekId(casusId);
		String pad = "/casussen/" + casusId + "/gesprekken/" + gesprekId;
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad + "/correcties")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(this.fixture.als(Demo.WIJKWERKER))
				.param("reden", "")
				.param("verslag", "Afspraak met huisarts op dinsdag.")
				.param("interneNotitie", "Hond in huis.")
				.param("versie", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Geef de reden van de correctie.")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad + "/correcties")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(this.fixture.als(Demo.WIJKWERKER))
				.param("reden", "Dag klopte niet")
				.param("verslag", "Afspraak met huisarts op dinsdag.\r\n")
				.param("interneNotitie", "Hond in huis.")
				.param("versie", "1"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Er is niets gewijzigd.")));
		assertThat(this.fixture.aantal("select count(*) from gesprek_correctie where gesprek_id = ?", gesprekId))
			.isZero();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad + "/correcties")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(this.fixture.als(Demo.WIJKWERKER))
				.param("reden", "Dag klopte niet")
				.param("verslag", "Afspraak met huisarts op donderdag.")
				.param("interneNotitie", "Hond in huis.")
				.param("versie", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("melding", "gesprek.gecorrigeerd"));
		assertThat(
				this.jdbc.sql("select verslag from gesprek where id = ?").param(gesprekId).query(String.class).single())
			.isEqualTo("Afspraak met huisarts op dinsdag.");
		assertThat(this.jdbc.sql("select reden || '|' || verslag from gesprek_correctie where gesprek_id = ?")
			.param(gesprekId)
			.query(String.class)
			.single()).isEqualTo("Dag klopte niet|Afspraak met huisarts op donderdag.");
		assertThat(this.jdbc
			.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = 'gesprekGecorrigeerd'")
			.param(casusId)
			.query(String.class)
			.single()).isEqualTo("Dag klopte niet");
		assertThat(this.fixture.log(casusId, "GESPREK_GECORRIGEERD", "OK", Demo.WIJKWERKER)).isEqualTo(1);
		this.mvc.perform(get(pad).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("Afspraak met huisarts op donderdag.")))
			.andExpect(content().string(containsString("Afspraak met huisarts op dinsdag.")))
			.andExpect(content().string(containsString("gecorrigeerd")))
			.andExpect(content().string(containsString("Reden: Dag klopte niet")));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad + "/correcties")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(this.fixture.als(Demo.WIJKWERKER))
				.param("reden", "Nog een fout")
				.param("verslag", "Afspraak met huisarts op vrijdag.")
				.param("versie", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Een collega heeft dit verslag intussen gecorrigeerd.")))
			.andExpect(content().string(containsString("Afspraak met huisarts op vrijdag.")));
		assertThat(this.fixture.aantal("select count(*) from gesprek_correctie where gesprek_id = ?", gesprekId))
			.isEqualTo(1);
	}

	@Test
	void theWmoItemsAndSignalsAreStoredAndShownButTheInternalNoteStaysApart() throws Exception {
		long casusId = this.fixture.wachtend().wmo().opslaan();
		this.mvc
			.perform(gesprek(casusId, "Gesprek aan de keukentafel.", "behoeften", "Zelfstandig blijven wonen",
					"eigenKracht", "Kookt zelf", "mantelzorgNetwerk", "Dochter komt wekelijks",
					"mantelzorgerOndersteuning", "Dochter wil respijt", "algemeneVoorzieningen", "Boodschappendienst",
					"maatwerkNodig", "NOG_ONBEKEND", "maatwerkToelichting", "Na advies ergotherapeut", "volgendeStap",
					"Huisbezoek ergotherapeut", "deelnemers", "MANTELZORGER", "deelnemersToelichting", "Dochter Joke",
					"vrijwilligerGewenst", "true", "vrijwilligerWaarvoor", "Wekelijkse wandeling", "interneNotitie",
					"Let op: hond")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long gesprekId = this.fixture.gesprekId(casusId);
		Map<String, Object> rij = this.jdbc.sql("select * from gesprek where id = ?")
			.param(gesprekId)
			.query()
			.singleRow();
		assertThat(rij.get("maatwerk_nodig")).isEqualTo("NOG_ONBEKEND");
		assertThat(rij.get("volgende_stap")).isEqualTo("Huisbezoek ergotherapeut");
		assertThat(rij.get("vrijwilliger_waarvoor")).isEqualTo("Wekelijkse wandeling");
		assertThat(rij.get("interne_notitie")).isEqualTo("Let op: hond");
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/{g}", casusId, gesprekId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zelfstandig blijven wonen")))
			.andExpect(content().string(containsString("Nog niet bekend")))
			.andExpect(content().string(containsString("Huisbezoek ergotherapeut")))
			.andExpect(content().string(containsString("mantelzorger")))
			.andExpect(content().string(containsString("Dochter Joke")))
			.andExpect(content().string(containsString("Gewenst voor: Wekelijkse wandeling")))
			.andExpect(content().string(containsString("class=\"mb-4 intern\"")))
			.andExpect(content().string(containsString("Let op: hond")));
		assertThat(this.fixture.log(casusId, "GESPREK_BEKEKEN", "OK", Demo.WIJKWERKER)).isEqualTo(1);
	}

	@Test
	void aConversationOfAnotherCaseIsNotFoundUnderThisOne() throws Exception {
		long casusId = this.fixture.casus();
		long ander = this.fixture.casus();
		this.mvc.perform(gesprek(ander, "Elders").with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		long gesprekId = this.fixture.gesprekId(ander);
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/{g}", casusId, gesprekId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Elders"))));
		assertThat(this.fixture.log(casusId, "GESPREK_BEKEKEN", "DENIED", Demo.WIJKWERKER)).isEqualTo(1);
	}

	@Test
	void theFormShowsTheCaseHeadItsDomainsAndOpensTheWmoItemsForAWmoMelding() throws Exception {
		long casusId = this.fixture.wachtend().wmo().opslaan();
		this.mvc.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wijkteam")))
			.andExpect(content().string(containsString("id=\"sectie-wmo\" class=\"sectie mb-3\" open")))
			.andExpect(content().string(containsString("name=\"zrmScore[FINANCIEN]\"")))
			.andExpect(content().string(containsString("id=\"sectie-ander-domein\" class=\"mt-2\">")))
			.andExpect(content().string(containsString("value=\"" + vandaag() + "\"")))
			.andExpect(content()
				.string(containsString("Alleen voor collega&#39;s, nooit in het verslag voor de inwoner.")));
		assertThat(this.fixture.log(casusId, "GESPREK_CONCEPT_BEKEKEN", "OK", Demo.WIJKWERKER)).isEqualTo(1);
	}

	@Test
	void anAgreementRowIsAddedWithoutJavascriptAndWithHtmxAndNothingIsStored() throws Exception {
		long casusId = this.fixture.casus();
		this.mvc
			.perform(gesprek(casusId, "Half verslag", "afspraken[0].omschrijving", "Eerste afspraak", "actie",
					"afspraakToevoegen")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Eerste afspraak\"")))
			.andExpect(content().string(containsString("name=\"afspraken[1].omschrijving\"")))
			.andExpect(content().string(not(containsString("name=\"afspraken[2].omschrijving\""))));
		this.mvc
			.perform(get("/casussen/{id}/gesprekken/nieuw", casusId).param("afspraakRij", "3")
				.header("HX-Request", "true")
				.with(this.fixture.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"afspraken[3].omschrijving\"")))
			.andExpect(content().string(containsString("Afspraak 4")))
			.andExpect(content().string(containsString("value=\"4\" hx-swap-oob=\"true\"")))
			.andExpect(content().string(not(containsString("<html"))));
		assertThat(this.fixture.opgeslagen(casusId)).isZero();
		assertThat(this.fixture.concepten(casusId)).isZero();
	}

}
