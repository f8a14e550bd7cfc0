package nl.wijkdossier.spreekuur;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering visitors in the register of a session happening now: one short form, with
 * and without htmx; refused input stores nothing; colleagues registering at the same
 * moment get consecutive numbers; anonymous stays anonymous, a linked visit reaches the
 * resident's case and the access log; undo takes back only one's own last line; a
 * cancelled session takes no visitors.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BezoekRegistrerenTests {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService gebruikers;

	private final SessieRegister register;

	private final CasusFixtures casussen;

	private final SessieRegisterFixture fixture;

	@Autowired
	BezoekRegistrerenTests(MockMvc mvc, JdbcClient jdbc, UserDetailsService gebruikers, SessieRegister register,
			Inwoners inwoners, OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.gebruikers = gebruikers;
		this.register = register;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SessieRegisterFixture(jdbc);
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private long sessieVanWijkwerker() {
		return this.fixture.sessieNu(this.casussen.teamVan(Demo.WIJKWERKER));
	}

	private static MockHttpServletRequestBuilder bezoek(long sessie, String... velden) {
		MockHttpServletRequestBuilder verzoek = post("/spreekuren/sessies/{id}/bezoeken", sessie).with(csrf());
		for (int i = 0; i < velden.length; i += 2) {
			verzoek.param(velden[i], velden[i + 1]);
		}
		return verzoek;
	}

	private Map<String, Object> regel(long sessie, int volgnummer) {
		return this.jdbc.sql("select * from spreekuur_bezoek where sessie_id = ? and volgnummer = ?")
			.params(sessie, volgnummer)
			.query()
			.singleRow();
	}

	@Test
	void withHtmxARegisteredVisitAppearsAtOnceAndTheFormComesBackEmpty() throws Exception {
		long sessie = sessieVanWijkwerker();
		String html = this.mvc
			.perform(bezoek(sessie, "onderwerp", "WONEN", "resultaat", "AFGEHANDELD", "duurMinuten", "15", "notitie",
					"Vraag over huurverhoging")
				.header("HX-Request", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"invoer\"")
			.contains("id=\"regel-1\"")
			.contains("Vraag over huurverhoging")
			.contains("Bezoek 1 is geregistreerd.")
			.contains("hx-swap-oob=\"true\"")
			.containsPattern("id=\"totaal-aantal\">1<")
			.doesNotContain("<html");
		assertThat(html).as("het formulier is weer leeg").doesNotContain("value=\"15\"");
		Map<String, Object> regel = regel(sessie, 1);
		assertThat(regel.get("onderwerp")).isEqualTo("WONEN");
		assertThat(regel.get("resultaat")).isEqualTo("AFGEHANDELD");
		assertThat(((Number) regel.get("duur_minuten")).intValue()).isEqualTo(15);
		assertThat(regel.get("inwoner_id")).isNull();
		assertThat(regel.get("geregistreerd_door")).isEqualTo(this.fixture.gebruikerId(Demo.WIJKWERKER));
	}

	@Test
	void withoutJavaScriptTheFormPostsAndRedirectsToTheRegister() throws Exception {
		long sessie = sessieVanWijkwerker();
		this.mvc
			.perform(bezoek(sessie, "onderwerp", "TOESLAGEN_BELASTING", "resultaat", "VERVOLGAFSPRAAK", "duurMinuten",
					"30")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrl("/spreekuren/sessies/" + sessie));
		this.mvc.perform(bezoek(sessie, "onderwerp", "OVERIG").with(als(Demo.WIJKWERKER)))
			.andExpect(redirectedUrl("/spreekuren/sessies/" + sessie));
		assertThat(regel(sessie, 2).get("resultaat")).as("standaard afgehandeld").isEqualTo("AFGEHANDELD");
		assertThat(((Number) regel(sessie, 2).get("duur_minuten")).intValue()).as("standaard 10 minuten").isEqualTo(10);
		String html = this.mvc.perform(get("/spreekuren/sessies/{id}", sessie).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("toeslagen en belasting")
			.contains("vervolgafspraak")
			.containsPattern("id=\"totaal-aantal\">2<")
			.contains("Vervolgafspraak: 1")
			.contains("Afgehandeld: 1")
			.contains("Laatste regel ongedaan maken (nr. 2)")
			.contains("autofocus");
	}

	@Test
	void badInputIsRefusedWith422AndDutchErrorsNextToTheFieldsAndNothingIsStored() throws Exception {
		long sessie = sessieVanWijkwerker();
		String html = this.mvc
			.perform(bezoek(sessie, "onderwerp", "", "resultaat", "DOORVERWEZEN", "duurMinuten", "tien", "notitie",
					"x".repeat(501))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Kies het onderwerp van het bezoek.")
			.contains("Vul de duur in als een heel aantal minuten, van 1 tot en met 240.")
			.contains("De notitie is te lang")
			.contains("Kies bij doorverwezen de voorziening waarnaar u verwees.")
			.contains("id=\"duurMinuten-fout\"")
			.contains("aria-describedby=\"duurMinuten-hulp duurMinuten-fout\"")
			.contains("value=\"tien\"");
		this.mvc
			.perform(bezoek(sessie, "onderwerp", "WONEN", "duurMinuten", "241").header("HX-Request", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"foutoverzicht\"")));
		this.mvc.perform(bezoek(sessie, "onderwerp", "ONBEKEND", "resultaat", "AFGEHANDELD").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent());
		assertThat(this.fixture.alleBezoeken(sessie)).isZero();
	}

	@Test
	void aReferralNamesAnActiveSocialeKaartEntry() throws Exception {
		long sessie = sessieVanWijkwerker();
		long actief = this.jdbc.sql("select min(id) from voorziening where actief").query(Long.class).single();
		long inactief = this.jdbc.sql("""
				insert into voorziening (naam, soort, omschrijving, team_ids, cluster_ids, actief)
				values ('Gestopt initiatief ' || gen_random_uuid(), 'INFORMEEL_INITIATIEF', 'Bestaat niet meer',
				        '{}', '{}', false)
				returning id
				""").query(Long.class).single();
		this.mvc
			.perform(bezoek(sessie, "onderwerp", "SCHULDEN_GELDZAKEN", "resultaat", "DOORVERWEZEN", "voorzieningId",
					String.valueOf(inactief))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("staat niet (meer) op de sociale kaart")));
		assertThat(this.fixture.alleBezoeken(sessie)).isZero();
		this.mvc
			.perform(bezoek(sessie, "onderwerp", "SCHULDEN_GELDZAKEN", "resultaat", "DOORVERWEZEN", "voorzieningId",
					String.valueOf(actief))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		assertThat(regel(sessie, 1).get("voorziening_id")).isEqualTo(actief);
	}

	@Test
	void twoColleaguesRegisteringAtTheSameMomentGetConsecutiveNumbers() throws Exception {
		long sessie = sessieVanWijkwerker();
		WijkdossierUser wijkwerker = (WijkdossierUser) this.gebruikers.loadUserByUsername(Demo.WIJKWERKER);
		WijkdossierUser manager = (WijkdossierUser) this.gebruikers.loadUserByUsername(Demo.MANAGER);
		int aantal = 12;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			List<Future<SessieRegister.Geregistreerd>> resultaten = new ArrayList<>();
			for (int i = 0; i < aantal; i++) {
				WijkdossierUser wie = (i % 2 == 0) ? wijkwerker : manager;
				Callable<SessieRegister.Geregistreerd> taak = () -> {
					start.await();
					return this.register.registreer(wie, sessie,
							new BezoekInvoer(BezoekOnderwerp.WONEN, BezoekResultaat.AFGEHANDELD, 5, null, null, null));
				};
				resultaten.add(threads.submit(taak));
			}
			start.countDown();
			List<Integer> nummers = new ArrayList<>();
			for (Future<SessieRegister.Geregistreerd> resultaat : resultaten) {
				nummers.add(resultaat.get().volgnummer());
			}
			assertThat(nummers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.fixture.bezoeken(sessie)).isEqualTo(aantal);
	}

	@Test
	void anAnonymousVisitWritesNoAccessLogRowWithAResident() throws Exception {
		long sessie = sessieVanWijkwerker();
		int voor = logMetInwoner(Demo.WIJKWERKER);
		this.mvc.perform(bezoek(sessie, "onderwerp", "EENZAAMHEID_CONTACT").with(als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/spreekuren/sessies/{id}", sessie).with(als(Demo.WIJKWERKER))).andExpect(status().isOk());
		assertThat(logMetInwoner(Demo.WIJKWERKER)).isEqualTo(voor);
		assertThat(regel(sessie, 1).get("inwoner_id")).isNull();
		assertThat(regel(sessie, 1).get("casus_id")).isNull();
	}

	@Test
	void aLinkedVisitIsWrittenOnTheTimelineOfHerMostRecentOpenCaseAndAccessLogged() throws Exception {
		long sessie = sessieVanWijkwerker();
		long team = this.casussen.teamVan(Demo.WIJKWERKER);
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner();
		long ouder = this.casussen.casus(inwoner.id(), team).dagenGeleden(40).opslaan();
		long recent = this.casussen.casus(inwoner.id(), team).dagenGeleden(3).opslaan();
		this.jdbc.sql(
				"update casus set status = 'AFGESLOTEN', afgesloten_op = current_date, afsluitreden = 'DOEL_BEREIKT' where id = ?")
			.param(this.casussen.casus(inwoner.id(), team).opslaan())
			.update();

		String zoek = this.mvc
			.perform(get("/spreekuren/sessies/{id}/inwoners", sessie).param("q", inwoner.achternaam())
				.header("HX-Request", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zoek).contains(inwoner.naam())
			.contains("value=\"" + inwoner.id() + "\"")
			.contains("form=\"register-form\"");

		this.mvc
			.perform(bezoek(sessie, "onderwerp", "WONEN", "resultaat", "VERVOLGAFSPRAAK", "inwonerId",
					String.valueOf(inwoner.id()))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().is3xxRedirection());
		assertThat(regel(sessie, 1).get("inwoner_id")).isEqualTo(inwoner.id());
		assertThat(regel(sessie, 1).get("casus_id")).isEqualTo(recent);
		assertThat(this.jdbc.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = 'bezoek'")
			.param(recent)
			.query(String.class)
			.list()).containsExactly("wonen: vervolgafspraak");
		assertThat(this.casussen.tijdlijnRegels(ouder, "bezoek")).isZero();
		assertThat(logRijen("SPREEKUUR_BEZOEK_GEREGISTREERD", inwoner.id(), recent)).isEqualTo(1);

		int bekekenVoor = logRijen("INWONER_BEKEKEN", inwoner.id(), recent);
		String html = this.mvc.perform(get("/spreekuren/sessies/{id}", sessie).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Gekoppeld aan " + inwoner.naam()).contains("/casussen/" + recent);
		assertThat(logRijen("INWONER_BEKEKEN", inwoner.id(), recent)).isEqualTo(bekekenVoor + 1);
	}

	@Test
	void aResidentOutsideTheUsersCasesCannotBeLinkedAndTheAttemptIsLogged() throws Exception {
		long sessie = sessieVanWijkwerker();
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner();
		this.casussen.casus(inwoner.id(), this.casussen.teamVan(Demo.WIJKWERKER2)).opslaan();
		this.mvc
			.perform(bezoek(sessie, "onderwerp", "WONEN", "inwonerId", String.valueOf(inwoner.id()))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Deze inwoner kunt u niet koppelen")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(inwoner.achternaam()))));
		assertThat(this.fixture.alleBezoeken(sessie)).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog
				where gebeurtenis = 'SPREEKUUR_BEZOEK_GEREGISTREERD' and inwoner_id = ? and resultaat = 'DENIED'
				""").param(inwoner.id()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void undoTakesBackOnlyTheUsersOwnLastLineWhichStaysVisibleButNoLongerCounts() throws Exception {
		long sessie = sessieVanWijkwerker();
		this.mvc.perform(bezoek(sessie, "onderwerp", "WONEN").with(als(Demo.WIJKWERKER)));
		this.mvc.perform(bezoek(sessie, "onderwerp", "WERK_INKOMEN").with(als(Demo.WIJKWERKER)));
		this.mvc.perform(bezoek(sessie, "onderwerp", "OVERIG").with(als(Demo.MANAGER)));
		long tweede = ((Number) regel(sessie, 2).get("id")).longValue();

		String html = this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/laatste/intrekken", sessie).with(csrf())
				.param("bezoekId", String.valueOf(tweede))
				.header("HX-Request", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(regel(sessie, 2).get("ingetrokken_op")).isNotNull();
		assertThat(regel(sessie, 3).get("ingetrokken_op")).as("de regel van de collega blijft").isNull();
		assertThat(html).contains("Regel 2 is ingetrokken.")
			.containsPattern("id=\"totaal-aantal\">2<")
			.contains("ingetrokken")
			.contains("Laatste regel ongedaan maken (nr. 1)");

		// the button named line 2; a second click (stale) does not take back line 1 as
		// well
		this.mvc
			.perform(post("/spreekuren/sessies/{id}/bezoeken/laatste/intrekken", sessie).with(csrf())
				.param("bezoekId", String.valueOf(tweede))
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("niet meer uw laatste")));
		assertThat(regel(sessie, 1).get("ingetrokken_op")).isNull();
		assertThat(this.fixture.bezoeken(sessie)).isEqualTo(2);
	}

	@Test
	void aCancelledSessionOrOneNotOpenYetTakesNoVisitors() throws Exception {
		long team = this.casussen.teamVan(Demo.WIJKWERKER);
		long vervallen = this.fixture.sessieNu(team);
		this.fixture.vervalt(vervallen, "Koningsdag");
		this.mvc.perform(bezoek(vervallen, "onderwerp", "WONEN").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Dit spreekuur gaat niet door")));
		long later = this.fixture.sessieLater(team);
		this.mvc.perform(bezoek(later, "onderwerp", "WONEN").with(als(Demo.WIJKWERKER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Het register is nog niet open")));
		assertThat(this.fixture.alleBezoeken(vervallen) + this.fixture.alleBezoeken(later)).isZero();
		this.mvc.perform(get("/spreekuren/sessies/{id}", later).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Het register gaat open om")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"register-form\""))));
	}

	@Test
	void anAanmeldingVisitWithHtmxRedirectsTheBrowserToTheIntake() throws Exception {
		long sessie = sessieVanWijkwerker();
		this.mvc
			.perform(bezoek(sessie, "onderwerp", "ZORG_ONDERSTEUNING", "resultaat", "AANMELDING")
				.header("HX-Request", "true")
				.with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", org.hamcrest.Matchers.startsWith(
					"/aanmeldingen/nieuw?kanaal=INLOOPSPREEKUUR&teamId=" + this.casussen.teamVan(Demo.WIJKWERKER))));
	}

	private int logMetInwoner(String gebruikersnaam) {
		return this.jdbc.sql("select count(*) from toegangslog where gebruikersnaam = ? and inwoner_id is not null")
			.param(gebruikersnaam)
			.query(Integer.class)
			.single();
	}

	private int logRijen(String gebeurtenis, long inwoner, long casus) {
		return this.jdbc.sql("""
				select count(*) from toegangslog
				where gebeurtenis = ? and inwoner_id = ? and casus_id = ? and resultaat = 'OK'
				""").params(gebeurtenis, inwoner, casus).query(Integer.class).single();
	}

}
