package nl.wijkdossier.verwijzing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import nl.wijkdossier.test.Demo;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningGegevens;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Functioneel beheer keeps the sociale kaart: create, list, edit from the version seen,
 * (de)activate; every refused form says why next to the field and stores nothing; only
 * BEHEERDER may do any of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SocialeKaartBeheerTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final SocialeKaart kaart;

	private final JdbcClient jdbc;

	@Autowired
	SocialeKaartBeheerTests(MockMvc mvc, UserDetailsService gebruikers, SocialeKaart kaart, JdbcClient jdbc) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.kaart = kaart;
		this.jdbc = jdbc;
	}

	private RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

	private static String uniek(String begin) {
		return begin + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private long team(String naam) {
		return this.jdbc.sql("select id from wijkteam where naam = ?").param(naam).query(Long.class).single();
	}

	private long cluster(String naam) {
		return this.jdbc.sql("select id from cluster where naam = ?").param(naam).query(Long.class).single();
	}

	private int aantal() {
		return this.jdbc.sql("select count(*) from voorziening").query(Integer.class).single();
	}

	private Map<String, Object> rij(long id) {
		return this.jdbc
			.sql("select naam, soort, actief, version, cast(team_ids as text) as teams from voorziening where id = ?")
			.param(id)
			.query()
			.singleRow();
	}

	private long id(String naam) {
		return this.jdbc.sql("select id from voorziening where naam = ?").param(naam).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder formulier(String pad, String naam, String... anders) {
		Map<String, String> velden = new java.util.LinkedHashMap<>();
		velden.put("naam", naam);
		velden.put("soort", "GROEPSACTIVITEIT");
		velden.put("omschrijving", "Nederlands oefenen op woensdag");
		velden.put("adres", "Kemphaanpad 3, Polderstad");
		velden.put("telefoon", "036 000 1234");
		velden.put("email", "taalcafe@test.example");
		velden.put("website", "https://www.test.example/taalcafe");
		for (int i = 0; i < anders.length; i += 2) {
			velden.put(anders[i], anders[i + 1]);
		}
		MockHttpServletRequestBuilder verzoek = post(pad).with(csrf());
		velden.forEach(verzoek::param);
		return verzoek;
	}

	private long bestaand(String naam) {
		return this.kaart.nieuw(new VoorzieningGegevens(naam, VoorzieningSoort.INFORMEEL_INITIATIEF, null, null, null,
				null, null, List.of(), List.of()));
	}

	@Test
	void beheerderAddsAnEntryForTwoNeighbourhoodsAndACluster() throws Exception {
		String naam = uniek("Taalcafé");
		long centrum = team("Wijkteam Stad Centrum");
		long west = team("Wijkteam Stad West");
		long haven = cluster("Cluster Haven en Poort");
		this.mvc
			.perform(formulier("/beheer/sociale-kaart", naam)
				.param("teamIds", String.valueOf(centrum), String.valueOf(west))
				.param("clusterIds", String.valueOf(haven))
				.with(als(Demo.BEHEER)))
			.andExpect(redirectedUrl("/beheer/sociale-kaart"))
			.andExpect(flash().attribute("melding", "socialekaart.gemeld.aangemaakt"));
		SocialeKaart.VoorzieningInfo info = this.kaart.voorziening(id(naam)).orElseThrow();
		assertThat(info.soort()).isEqualTo(VoorzieningSoort.GROEPSACTIVITEIT);
		assertThat(info.teamIds()).containsExactlyInAnyOrder(centrum, west);
		assertThat(info.clusterIds()).containsExactly(haven);
		assertThat(info.telefoon()).isEqualTo("036 000 1234");
		assertThat(info.website()).isEqualTo("https://www.test.example/taalcafe");
		assertThat(info.actief()).isTrue();
		assertThat(info.isHeleStad()).isFalse();
	}

	@Test
	void anEntryWithoutNeighbourhoodServesTheWholeCity() throws Exception {
		String naam = uniek("Stedelijk");
		this.mvc.perform(formulier("/beheer/sociale-kaart", naam).with(als(Demo.BEHEER)))
			.andExpect(redirectedUrl("/beheer/sociale-kaart"));
		assertThat(this.kaart.voorziening(id(naam)).orElseThrow().isHeleStad()).isTrue();
		this.mvc.perform(get("/beheer/sociale-kaart").param("q", naam).with(als(Demo.BEHEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(naam)))
			.andExpect(content().string(containsString("Hele stad")))
			.andExpect(content().string(containsString("Groepsactiviteit")));
	}

	@Test
	void theListFiltersByKindAndText() throws Exception {
		String naam = uniek("Filterbare Huisarts");
		this.kaart.nieuw(new VoorzieningGegevens(naam, VoorzieningSoort.HUISARTS, null, null, null, null, null,
				List.of(), List.of()));
		this.mvc.perform(get("/beheer/sociale-kaart").param("soort", "HUISARTS").with(als(Demo.BEHEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(naam)))
			.andExpect(content().string(not(containsString("Expertisecentrum Mantelzorg Polderstad"))));
		this.mvc.perform(get("/beheer/sociale-kaart").param("soort", "GROEPSACTIVITEIT").with(als(Demo.BEHEER)))
			.andExpect(content().string(not(containsString(naam))));
		this.mvc
			.perform(get("/beheer/sociale-kaart").param("q", naam.toUpperCase())
				.header("HX-Request", "true")
				.with(als(Demo.BEHEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(naam)))
			.andExpect(content().string(containsString("1 voorziening")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void theNameIsRequiredAndTheKindMustBeChosen() throws Exception {
		int voor = aantal();
		this.mvc.perform(post("/beheer/sociale-kaart").param("naam", " ").with(csrf()).with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul dit veld in.")))
			.andExpect(content().string(containsString("Maak een keuze.")))
			.andExpect(content().string(containsString("aria-describedby=\"naam-fout\"")));
		assertThat(aantal()).isEqualTo(voor);
	}

	@Test
	void aDuplicateNameWhateverItsCaseNamesTheExistingEntry() throws Exception {
		String naam = uniek("Buurtkamer Kemphaan");
		bestaand(naam);
		int voor = aantal();
		this.mvc.perform(formulier("/beheer/sociale-kaart", "  " + naam.toUpperCase() + " ").with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(
					"Er staat al een voorziening met de naam \u201E" + naam + "\u201D op de sociale kaart.")))
			.andExpect(content().string(containsString("href=\"#naam\"")));
		assertThat(aantal()).isEqualTo(voor);
	}

	@ParameterizedTest
	@ValueSource(strings = { "geen-mail", "a@b", "twee@@test.example" })
	void anInvalidEmailIsRefusedNextToTheField(String email) throws Exception {
		int voor = aantal();
		this.mvc.perform(formulier("/beheer/sociale-kaart", uniek("Mailfout"), "email", email).with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
			.andExpect(content().string(containsString("id=\"email-fout\"")));
		assertThat(aantal()).isEqualTo(voor);
	}

	@ParameterizedTest
	@ValueSource(strings = { "www.test.example", "javascript:alert(1)", "ftp://test.example" })
	void aWebsiteMustBeAnHttpAddress(String website) throws Exception {
		int voor = aantal();
		this.mvc
			.perform(formulier("/beheer/sociale-kaart", uniek("Webfout"), "website", website).with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een webadres in dat begint met https://")));
		assertThat(aantal()).isEqualTo(voor);
	}

	@Test
	void anUnknownTeamIsRefused() throws Exception {
		int voor = aantal();
		this.mvc
			.perform(formulier("/beheer/sociale-kaart", uniek("Teamfout")).param("teamIds", "999999")
				.with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies alleen actieve wijkteams.")));
		assertThat(aantal()).isEqualTo(voor);
	}

	@Test
	void theEditFormShowsTheEntryWithItsNeighbourhoodsChecked() throws Exception {
		String naam = uniek("Wandelgroep");
		long centrum = team("Wijkteam Stad Centrum");
		long id = this.kaart.nieuw(new VoorzieningGegevens(naam, VoorzieningSoort.GROEPSACTIVITEIT, null, null, null,
				null, null, List.of(centrum), List.of()));
		this.mvc.perform(get("/beheer/sociale-kaart/{id}", id).with(als(Demo.BEHEER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + naam + "\"")))
			.andExpect(content().string(containsString("name=\"version\"")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<input[^>]*value=\"" + centrum + "\"[^>]*name=\"teamIds\" checked=\"checked\".*")))
			.andExpect(content().string(containsString("Wijkteam Stad Centrum (Cluster Stad)")));
	}

	@Test
	void beheerderChangesAnEntryFromTheVersionSeen() throws Exception {
		long id = bestaand(uniek("Oud"));
		String nieuw = uniek("Nieuw");
		this.mvc.perform(formulier("/beheer/sociale-kaart/" + id, nieuw).param("version", "0").with(als(Demo.BEHEER)))
			.andExpect(redirectedUrl("/beheer/sociale-kaart"))
			.andExpect(flash().attribute("melding", "socialekaart.gemeld.gewijzigd"));
		Map<String, Object> rij = rij(id);
		assertThat(rij.get("naam")).isEqualTo(nieuw);
		assertThat(rij.get("soort")).isEqualTo("GROEPSACTIVITEIT");
		assertThat(rij.get("version")).isEqualTo(1L);
	}

	@Test
	void renamingToAnotherEntrysNameIsRefused() throws Exception {
		String andere = uniek("Bezet");
		bestaand(andere);
		long id = bestaand(uniek("Eigen"));
		this.mvc
			.perform(formulier("/beheer/sociale-kaart/" + id, andere.toLowerCase()).param("version", "0")
				.with(als(Demo.BEHEER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("\u201E" + andere + "\u201D")));
		assertThat(rij(id).get("version")).isEqualTo(0L);
	}

	@Test
	void keepingItsOwnNameIsNoDuplicate() throws Exception {
		String naam = uniek("Zelfde");
		long id = bestaand(naam);
		this.mvc.perform(formulier("/beheer/sociale-kaart/" + id, naam).param("version", "0").with(als(Demo.BEHEER)))
			.andExpect(redirectedUrl("/beheer/sociale-kaart"));
	}

	@Test
	void aStaleVersionShowsTheConflictPageAndChangesNothing() throws Exception {
		String naam = uniek("Conflict");
		long id = bestaand(naam);
		this.kaart.wijzig(id, 0, new VoorzieningGegevens(naam, VoorzieningSoort.OVERIG, "Door collega", null, null,
				null, null, List.of(), List.of()));
		this.mvc
			.perform(formulier("/beheer/sociale-kaart/" + id, uniek("Mijn naam")).param("version", "0")
				.with(als(Demo.BEHEER)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")))
			.andExpect(content().string(containsString("Door collega")))
			.andExpect(content().string(containsString("Mijn naam")));
		Map<String, Object> rij = rij(id);
		assertThat(rij.get("naam")).isEqualTo(naam);
		assertThat(rij.get("soort")).isEqualTo("OVERIG");
	}

	@Test
	void anEditWithoutVersionIsABadRequest() throws Exception {
		long id = bestaand(uniek("Zonder versie"));
		this.mvc.perform(formulier("/beheer/sociale-kaart/" + id, uniek("X")).with(als(Demo.BEHEER)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void beheerderDeactivatesAndReactivatesAnEntry() throws Exception {
		long id = bestaand(uniek("Tijdelijk"));
		this.mvc.perform(post("/beheer/sociale-kaart/{id}/deactiveren", id).with(csrf()).with(als(Demo.BEHEER)))
			.andExpect(redirectedUrl("/beheer/sociale-kaart"))
			.andExpect(flash().attribute("melding", "socialekaart.gemeld.gedeactiveerd"));
		assertThat(rij(id).get("actief")).isEqualTo(false);
		this.mvc.perform(get("/beheer/sociale-kaart/{id}", id).with(als(Demo.BEHEER)))
			.andExpect(content().string(containsString("Deze voorziening is inactief")));
		this.mvc.perform(post("/beheer/sociale-kaart/{id}/activeren", id).with(csrf()).with(als(Demo.BEHEER)))
			.andExpect(flash().attribute("melding", "socialekaart.gemeld.geactiveerd"));
		assertThat(rij(id).get("actief")).isEqualTo(true);
	}

	@Test
	void anUnknownEntryIsNotFound() throws Exception {
		this.mvc.perform(get("/beheer/sociale-kaart/999999999").with(als(Demo.BEHEER)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBeheerNavigationAndHomeLinkToTheSocialeKaart() throws Exception {
		this.mvc.perform(get("/").with(als(Demo.BEHEER)))
			.andExpect(content().string(containsString("href=\"/beheer/sociale-kaart\"")))
			.andExpect(content().string(containsString("Sociale kaart: voorzieningen om naar te verwijzen")));
		this.mvc.perform(get("/").with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(not(containsString("href=\"/beheer/sociale-kaart\""))));
	}

	@ParameterizedTest
	@ValueSource(strings = { Demo.WIJKWERKER, Demo.MANAGER, Demo.GEMEENTE, Demo.PRIVACY })
	void onlyBeheerManagesTheSocialeKaart(String gebruiker) throws Exception {
		long id = bestaand(uniek("Alleen beheer"));
		Map<String, Object> voor = rij(id);
		for (String pagina : List.of("/beheer/sociale-kaart", "/beheer/sociale-kaart/nieuw",
				"/beheer/sociale-kaart/" + id)) {
			this.mvc.perform(get(pagina).with(als(gebruiker))).andExpect(status().isForbidden());
		}
		for (String actie : List.of("/beheer/sociale-kaart", "/beheer/sociale-kaart/" + id,
				"/beheer/sociale-kaart/" + id + "/deactiveren", "/beheer/sociale-kaart/" + id + "/activeren")) {
			this.mvc.perform(formulier(actie, uniek("Indringer")).param("version", "0").with(als(gebruiker)))
				.andExpect(status().isForbidden());
		}
		assertThat(rij(id)).isEqualTo(voor);
	}

}
