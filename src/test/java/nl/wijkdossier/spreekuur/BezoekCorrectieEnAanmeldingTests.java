package nl.wijkdossier.spreekuur;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After the session the register closes for the staff and only the team's manager
 * corrects a line, with a reason and from the version he saw; an {@code AANMELDING} visit
 * leads to a prefilled intake, and registering that intake links the visit to the new
 * case and its resident.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BezoekCorrectieEnAanmeldingTests {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService gebruikers;

	private final CasusFixtures casussen;

	private final SessieRegisterFixture fixture;

	@Autowired
	BezoekCorrectieEnAanmeldingTests(MockMvc mvc, JdbcClient jdbc, UserDetailsService gebruikers, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.gebruikers = gebruikers;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SessieRegisterFixture(jdbc);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private Map<String, Object> bezoek(long id) {
		return this.jdbc.sql("select * from spreekuur_bezoek where id = ?").param(id).query().singleRow();
	}

	@Test
	void aClosedRegisterRefusesTheStaffButTheTeamsManagerCorrectsALineWithAReason() throws Exception {
		long sessie = this.fixture.sessieVorigeWeek(this.casussen.teamVan(Demo.WIJKWERKER));
		long bezoek = this.fixture.bezoek(sessie, 1, "AFGEHANDELD", this.fixture.gebruikerId(Demo.WIJKWERKER));

		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken", sessie).with(csrf())
				.param("onderwerp", "WONEN")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Het register is gesloten")));
		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/laatste/intrekken", sessie).with(csrf())
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.fixture.alleBezoeken(sessie)).isEqualTo(1);
		assertThat(bezoek(bezoek).get("ingetrokken_op")).isNull();
		String pagina = this.mvc.perform(get("/spreekuren/sessies/{id}", sessie).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(pagina).contains("Het register is gesloten sinds")
			.doesNotContain("id=\"register-form\"")
			.doesNotContain("/correctie");

		// a wijkwerker cannot correct at all
		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(csrf())
				.param("onderwerp", "SCHULDEN_GELDZAKEN")
				.param("resultaat", "AFGEHANDELD")
				.param("duurMinuten", "20")
				.param("reden", "Verkeerd onderwerp")
				.param("version", "0")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isForbidden());

		// the manager sees the correction link and the form
		assertThat(this.mvc.perform(get("/spreekuren/sessies/{id}", sessie).with(als(Demo.MANAGER)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/bezoeken/" + bezoek + "/correctie");
		this.mvc.perform(get("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(als(Demo.MANAGER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reden van de correctie")));

		// without a reason: refused, nothing changed
		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(csrf())
				.param("onderwerp", "SCHULDEN_GELDZAKEN")
				.param("resultaat", "AFGEHANDELD")
				.param("duurMinuten", "20")
				.param("reden", " ")
				.param("version", "0")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul de reden van de correctie in.")));
		assertThat(bezoek(bezoek).get("onderwerp")).isEqualTo("WONEN");

		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(csrf())
				.param("onderwerp", "SCHULDEN_GELDZAKEN")
				.param("resultaat", "AFGEHANDELD")
				.param("duurMinuten", "20")
				.param("reden", "Verkeerd onderwerp gekozen")
				.param("version", "0")
				.with(als(Demo.MANAGER)))
			.andExpect(redirectedUrl("/spreekuren/sessies/" + sessie));
		Map<String, Object> gecorrigeerd = bezoek(bezoek);
		assertThat(gecorrigeerd.get("onderwerp")).isEqualTo("SCHULDEN_GELDZAKEN");
		assertThat(((Number) gecorrigeerd.get("duur_minuten")).intValue()).isEqualTo(20);
		assertThat(gecorrigeerd.get("correctie_reden")).isEqualTo("Verkeerd onderwerp gekozen");
		assertThat(gecorrigeerd.get("gecorrigeerd_door")).isEqualTo(this.fixture.gebruikerId(Demo.MANAGER));
		assertThat(gecorrigeerd.get("version")).isEqualTo(1L);

		// a correction from the version before: refused, nothing overwritten
		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(csrf())
				.param("intrekken", "true")
				.param("reden", "Dubbel geregistreerd")
				.param("version", "0")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isConflict());
		assertThat(bezoek(bezoek).get("ingetrokken_op")).isNull();

		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(csrf())
				.param("intrekken", "true")
				.param("reden", "Dubbel geregistreerd")
				.param("version", "1")
				.with(als(Demo.MANAGER)))
			.andExpect(redirectedUrl("/spreekuren/sessies/" + sessie));
		assertThat(bezoek(bezoek).get("ingetrokken_op")).isNotNull();
		assertThat(bezoek(bezoek).get("correctie_reden")).isEqualTo("Dubbel geregistreerd");
		assertThat(this.fixture.bezoeken(sessie)).isZero();
	}

	@Test
	void aReferralCorrectedByTheManagerStillNeedsItsEntry() throws Exception {
		long sessie = this.fixture.sessieVorigeWeek(this.casussen.teamVan(Demo.WIJKWERKER));
		long bezoek = this.fixture.bezoek(sessie, 1, "AFGEHANDELD", this.fixture.gebruikerId(Demo.WIJKWERKER));
		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/{b}/correctie", sessie, bezoek).with(csrf())
				.param("onderwerp", "WONEN")
				.param("resultaat", "DOORVERWEZEN")
				.param("duurMinuten", "10")
				.param("reden", "Toch doorverwezen")
				.param("version", "0")
				.with(als(Demo.MANAGER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies bij doorverwezen de voorziening")));
		assertThat(bezoek(bezoek).get("resultaat")).isEqualTo("AFGEHANDELD");
	}

	@Test
	void anAanmeldingVisitLeadsToAPrefilledIntakeWhoseCaseTheVisitIsLinkedTo() throws Exception {
		long team = this.casussen.teamVan(Demo.WIJKWERKER);
		long sessie = this.fixture.sessieNu(team);
		MvcResult geregistreerd = this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken", sessie).with(csrf())
				.param("onderwerp", "SCHULDEN_GELDZAKEN")
				.param("resultaat", "AANMELDING")
				.param("duurMinuten", "25")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrlPattern("/aanmeldingen/nieuw?**"))
			.andReturn();
		long bezoek = this.jdbc.sql("select id from spreekuur_bezoek where sessie_id = ?")
			.param(sessie)
			.query(Long.class)
			.single();
		String intake = geregistreerd.getResponse().getRedirectedUrl();
		assertThat(intake).contains("kanaal=INLOOPSPREEKUUR").contains("teamId=" + team).contains("bezoek=" + bezoek);

		String html = this.mvc.perform(get(java.net.URI.create(intake)).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document pagina = Jsoup.parse(html);
		assertThat(pagina.select("select[name=kanaal] option[selected]").attr("value")).isEqualTo("INLOOPSPREEKUUR");
		assertThat(pagina.select("select[name=teamId] option[selected]").attr("value")).isEqualTo(String.valueOf(team));
		assertThat(pagina.select("textarea[name=hulpvraag]").text()).isEqualTo("Schulden en geldzaken");
		assertThat(pagina.select("input[type=hidden][name=bezoekId]").attr("value")).isEqualTo(String.valueOf(bezoek));

		String pc4 = this.jdbc.sql("select min(pc4) from werkgebied_postcode where team_id = ?")
			.param(team)
			.query(String.class)
			.single();
		String achternaam = CasusFixtures.uniekeAchternaam();
		MvcResult aangemeld = this.mvc
			.perform(post("/aanmeldingen").with(csrf())
				.param("voornaam", "Joke")
				.param("achternaam", achternaam)
				.param("geboortedatum", "1961-04-12")
				.param("postcode", pc4 + " KL")
				.param("huisnummer", "17")
				.param("kanaal", "INLOOPSPREEKUUR")
				.param("teamId", String.valueOf(team))
				.param("hulpvraag", "Schulden en geldzaken: aanmaningen van de energieleverancier")
				.param("urgentie", "NORMAAL")
				.param("bezoekId", String.valueOf(bezoek))
				.param("nieuweInwoner", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrlPattern("/casussen/*"))
			.andReturn();
		long casus = Long.parseLong(aangemeld.getResponse().getRedirectedUrl().substring("/casussen/".length()));
		Map<String, Object> rij = this.jdbc.sql("select kanaal, inwoner_id from casus where id = ?")
			.param(casus)
			.query()
			.singleRow();
		assertThat(rij.get("kanaal")).isEqualTo("INLOOPSPREEKUUR");
		Map<String, Object> gekoppeld = bezoek(bezoek);
		assertThat(gekoppeld.get("casus_id")).isEqualTo(casus);
		assertThat(gekoppeld.get("inwoner_id")).isEqualTo(rij.get("inwoner_id"));
		assertThat(this.casussen.tijdlijnRegels(casus, "bezoek")).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog
				where gebeurtenis = 'SPREEKUUR_BEZOEK_GECORRIGEERD' and casus_id = ? and resultaat = 'OK'
				""").param(casus).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aVisitIdOfAnotherClustersSessionIsNotLinkedButTheIntakeStands() throws Exception {
		long sessieHaven = this.fixture.sessieNu(this.casussen.teamVan(Demo.WIJKWERKER2));
		long bezoek = this.fixture.bezoek(sessieHaven, 1, "AANMELDING", this.fixture.gebruikerId(Demo.WIJKWERKER2));
		long team = this.casussen.teamVan(Demo.WIJKWERKER);
		String pc4 = this.jdbc.sql("select min(pc4) from werkgebied_postcode where team_id = ?")
			.param(team)
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/aanmeldingen").with(csrf())
				.param("voornaam", "Joke")
				.param("achternaam", CasusFixtures.uniekeAchternaam())
				.param("geboortedatum", "1961-04-12")
				.param("postcode", pc4 + " KL")
				.param("huisnummer", "19")
				.param("kanaal", "INLOOPSPREEKUUR")
				.param("hulpvraag", "Wonen")
				.param("urgentie", "NORMAAL")
				.param("bezoekId", String.valueOf(bezoek))
				.param("nieuweInwoner", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrlPattern("/casussen/*"));
		assertThat(bezoek(bezoek).get("casus_id")).isNull();
		assertThat(bezoek(bezoek).get("inwoner_id")).isNull();
		assertThat(this.fixture.logRegels("SPREEKUUR_BEZOEK_GECORRIGEERD", Demo.WIJKWERKER, "DENIED"))
			.isGreaterThanOrEqualTo(1);
	}

}
