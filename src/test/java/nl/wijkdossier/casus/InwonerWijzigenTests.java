package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.Postcode;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
 * "Gegevens wijzigen": the resident of a case is changed through the case, within scope,
 * from the version the user saw. A save writes the values, a timeline line naming the
 * changed fields and an access-log row; an invalid one changes nothing and says why at
 * the field; a stale one is a conflict that overwrites nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InwonerWijzigenTests {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final UserDetailsService gebruikers;

	private final Inwoners inwoners;

	private final CasusFixtures fixtures;

	@Autowired
	InwonerWijzigenTests(MockMvc mvc, JdbcClient jdbc, UserDetailsService gebruikers, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.gebruikers = gebruikers;
		this.inwoners = inwoners;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void theFormShowsTheResidentAndTheViewIsLogged() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		String html = this.mvc.perform(get("/casussen/{id}/inwoner", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Gegevens van " + inwoner.naam() + " wijzigen")
			.contains("value=\"" + inwoner.achternaam() + "\"")
			.contains("name=\"version\"")
			.contains("Een nieuwe postcode verplaatst de casus niet naar een ander wijkteam.")
			.contains("******" + inwoner.bsn().substring(6))
			.doesNotContain(inwoner.bsn());
		assertThat(log(casus, "INWONER_BEKEKEN", "OK", Demo.WIJKWERKER, inwoner.id())).isEqualTo(1);
		this.mvc.perform(get("/casussen/{id}", casus).with(als(Demo.WIJKWERKER)))
			.andExpect(content().string(containsString("/casussen/" + casus + "/inwoner")))
			.andExpect(content().string(containsString("Gegevens wijzigen")));
	}

	@Test
	void wijkwerkerChangesTheResidentAndTheChangeIsRecorded() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		wijzig(Demo.WIJKWERKER, casus, 0, "straat", "Reigerlaan", "telefoon", "06 1234 5678", "huisarts",
				"Huisartsenpraktijk De Polder", "waarschuwing", "Agressieve hond, bel vooraf aan")
			.andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "inwoner.gemeld.gewijzigd"));

		Map<String, Object> rij = inwonerRij(inwoner.id());
		assertThat(rij.get("straat")).isEqualTo("Reigerlaan");
		assertThat(rij.get("telefoon")).isEqualTo("06 1234 5678");
		assertThat(rij.get("huisarts")).isEqualTo("Huisartsenpraktijk De Polder");
		assertThat(rij.get("waarschuwing")).isEqualTo("Agressieve hond, bel vooraf aan");
		assertThat(rij.get("achternaam")).isEqualTo(inwoner.achternaam());
		assertThat(rij.get("bsn")).isEqualTo(inwoner.bsn());
		assertThat(rij.get("version")).isEqualTo(1L);

		String detail = this.jdbc
			.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = 'inwonerGewijzigd'")
			.param(casus)
			.query(String.class)
			.single();
		assertThat(detail).isEqualTo("straat, telefoon, huisarts, waarschuwing")
			.doesNotContain("Reigerlaan")
			.doesNotContain("5678");
		assertThat(log(casus, "INWONER_GEWIJZIGD", "OK", Demo.WIJKWERKER, inwoner.id())).isEqualTo(1);

		String dossier = this.mvc.perform(get("/casussen/{id}", casus).with(als(Demo.WIJKWERKER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dossier).contains("Agressieve hond, bel vooraf aan")
			.contains("Gegevens van de inwoner gewijzigd:")
			.contains("Veiligheidssignaal");
	}

	@Test
	void savingWithoutAChangeWritesNothing() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		wijzig(Demo.WIJKWERKER, casus, 0).andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "inwoner.gemeld.ongewijzigd"));
		assertThat(inwonerRij(inwoner.id()).get("version")).isEqualTo(0L);
		assertThat(this.fixtures.tijdlijnRegels(casus, "inwonerGewijzigd")).isZero();
		assertThat(log(casus, "INWONER_GEWIJZIGD", "OK", Demo.WIJKWERKER, inwoner.id())).isZero();
	}

	@Test
	void aBsnMayBeAddedWhenUnknownButAKnownBsnStays() throws Exception {
		long zonderBsn = this.inwoners.registreer(new InwonerGegevens(null, "Joke", CasusFixtures.uniekeAchternaam(),
				LocalDate.of(1961, 4, 12), new Postcode("1312 AB"), 7, null, null, null, null, null));
		long casus = casusVan(zonderBsn);
		String bsn = CasusFixtures.bsn();
		wijzig(Demo.WIJKWERKER, casus, 0, "bsn", bsn).andExpect(redirectedUrl("/casussen/" + casus));
		assertThat(inwonerRij(zonderBsn).get("bsn")).isEqualTo(bsn);
		assertThat(
				this.jdbc.sql("select detail from casus_gebeurtenis where casus_id = ? and soort = 'inwonerGewijzigd'")
					.param(casus)
					.query(String.class)
					.single())
			.isEqualTo("bsn");

		wijzig(Demo.WIJKWERKER, casus, 1, "bsn", CasusFixtures.bsn())
			.andExpect(flash().attribute("melding", "inwoner.gemeld.ongewijzigd"));
		assertThat(inwonerRij(zonderBsn).get("bsn")).isEqualTo(bsn);
	}

	@Test
	void aBsnOfAnotherResidentIsRefusedAtTheField() throws Exception {
		CasusFixtures.Inwoner ander = this.fixtures.inwoner();
		long zonderBsn = this.inwoners.registreer(new InwonerGegevens(null, "Joke", CasusFixtures.uniekeAchternaam(),
				LocalDate.of(1958, 11, 23), new Postcode("1312 AB"), 9, null, null, null, null, null));
		long casus = casusVan(zonderBsn);
		Map<String, Object> voor = inwonerRij(zonderBsn);
		wijzig(Demo.WIJKWERKER, casus, 0, "bsn", ander.bsn(), "telefoon", "06 9999 0000").andExpect(status().isOk())
			.andExpect(content().string(containsString("Dit BSN hoort bij een andere inwoner.")))
			.andExpect(content().string(containsString("id=\"bsn-fout\"")));
		assertThat(inwonerRij(zonderBsn)).isEqualTo(voor);
		assertThat(this.fixtures.tijdlijnRegels(casus, "inwonerGewijzigd")).isZero();
	}

	static Stream<Arguments> ongeldigeInvoer() {
		return Stream.of(Arguments.of("voornaam", " ", "Vul dit veld in."),
				Arguments.of("achternaam", "", "Vul dit veld in."),
				Arguments.of("geboortedatum", "31-02-1960", "Vul een geldige datum in, zoals 23-11-1958."),
				Arguments.of("geboortedatum",
						LocalDate.now(nl.wijkdossier.shared.ClockConfiguration.ZONE).plusDays(2).toString(),
						"De geboortedatum kan niet in de toekomst liggen."),
				Arguments.of("postcode", "1312 SA", "Vul een geldige postcode in, zoals 1325 AB."),
				Arguments.of("postcode", "", "Vul dit veld in."),
				Arguments.of("huisnummer", "12a", "Vul een huisnummer in: alleen cijfers"),
				Arguments.of("telefoon", "bel de buurvrouw", "Een telefoonnummer bestaat uit cijfers"),
				Arguments.of("huisarts", "x".repeat(161), "Dit is te lang."),
				Arguments.of("waarschuwing", "x".repeat(301), "Dit is te lang."),
				Arguments.of("bsn", "123456788", "Dit is geen geldig BSN."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("ongeldigeInvoer")
	void anInvalidValueIsRefusedAtItsFieldAndNothingIsStored(String veld, String waarde, String melding)
			throws Exception {
		long zonderBsn = this.inwoners.registreer(new InwonerGegevens(null, "Kees", CasusFixtures.uniekeAchternaam(),
				LocalDate.of(1970, 1, 5), new Postcode("1312 AB"), 3, null, null, null, null, null));
		long casus = casusVan(zonderBsn);
		Map<String, Object> voor = inwonerRij(zonderBsn);
		wijzig(Demo.WIJKWERKER, casus, 0, "telefoon", "06 1111 2222", veld, waarde).andExpect(status().isOk())
			.andExpect(content().string(containsString(melding)))
			.andExpect(content().string(containsString("id=\"" + veld + "-fout\"")))
			.andExpect(content().string(containsString("Controleer het formulier")));
		assertThat(inwonerRij(zonderBsn)).isEqualTo(voor);
		assertThat(this.fixtures.tijdlijnRegels(casus, "inwonerGewijzigd")).isZero();
		assertThat(log(casus, "INWONER_GEWIJZIGD", "OK", Demo.WIJKWERKER, zonderBsn)).isZero();
	}

	@Test
	void aNewPostcodeOfAnotherTeamDoesNotMoveTheCase() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		long team = this.fixtures.teamVan(Demo.WIJKWERKER);
		wijzig(Demo.WIJKWERKER, casus, 0, "postcode", "1333cd").andExpect(redirectedUrl("/casussen/" + casus));
		assertThat(inwonerRij(inwoner.id()).get("postcode")).isEqualTo("1333 CD");
		assertThat(this.jdbc.sql("select team_id from casus where id = ?").param(casus).query(Long.class).single())
			.isEqualTo(team);
	}

	@Test
	void aWijkwerkerOfAnotherClusterDoesNotFindTheResident() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		Map<String, Object> voor = inwonerRij(inwoner.id());
		this.mvc.perform(get("/casussen/{id}/inwoner", casus).with(als(Demo.WIJKWERKER2)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(inwoner.achternaam()))));
		wijzig(Demo.WIJKWERKER2, casus, 0, "telefoon", "06 0000 0000").andExpect(status().isNotFound());
		assertThat(inwonerRij(inwoner.id())).isEqualTo(voor);
		assertThat(this.fixtures.logRegels("INWONER_BEKEKEN", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
		assertThat(this.fixtures.logRegels("INWONER_GEWIJZIGD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
		assertThat(this.fixtures.tijdlijnRegels(casus, "inwonerGewijzigd")).isZero();
	}

	@Test
	void gemeenteIsRefused() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		Map<String, Object> voor = inwonerRij(inwoner.id());
		this.mvc.perform(get("/casussen/{id}/inwoner", casus).with(als(Demo.GEMEENTE)))
			.andExpect(status().isForbidden());
		wijzig(Demo.GEMEENTE, casus, 0, "telefoon", "06 0000 0000").andExpect(status().isForbidden());
		assertThat(inwonerRij(inwoner.id())).isEqualTo(voor);
	}

	@Test
	void theSecondOfTwoSavesFromTheSameVersionGetsAConflictAndOverwritesNothing() throws Exception {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = casusVan(inwoner.id());
		wijzig(Demo.WIJKWERKER, casus, 0, "telefoon", "06 2222 3333", "huisarts", "Praktijk Zuid")
			.andExpect(redirectedUrl("/casussen/" + casus));

		String html = wijzig(Demo.MANAGER, casus, 0, "telefoon", "06 4444 5555", "woonplaats", "Lelystad")
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Iemand anders was u voor")
			.contains("06 2222 3333")
			.contains("06 4444 5555")
			.contains("Praktijk Zuid")
			.contains("Lelystad")
			.contains("/casussen/" + casus + "/inwoner");

		Map<String, Object> rij = inwonerRij(inwoner.id());
		assertThat(rij.get("telefoon")).isEqualTo("06 2222 3333");
		assertThat(rij.get("huisarts")).isEqualTo("Praktijk Zuid");
		assertThat(rij.get("woonplaats")).isEqualTo("Polderstad");
		assertThat(rij.get("version")).isEqualTo(1L);
		assertThat(this.fixtures.tijdlijnRegels(casus, "inwonerGewijzigd")).isEqualTo(1);
		assertThat(log(casus, "INWONER_GEWIJZIGD", "OK", Demo.MANAGER, inwoner.id())).isZero();
	}

	/** A case of the demo wijkwerker's team for this resident. */
	private long casusVan(long inwonerId) {
		return this.fixtures.casus(inwonerId, this.fixtures.teamVan(Demo.WIJKWERKER)).opslaan();
	}

	/**
	 * Posts the form as the resident is stored now, with these fields (pairs of name and
	 * value) changed.
	 */
	private ResultActions wijzig(String gebruiker, long casus, long version, String... velden) throws Exception {
		Long inwonerId = this.jdbc.sql("select inwoner_id from casus where id = ?")
			.param(casus)
			.query(Long.class)
			.single();
		Map<String, Object> rij = inwonerRij(inwonerId);
		Map<String, String> waarden = new java.util.LinkedHashMap<>();
		waarden.put("voornaam", tekst(rij.get("voornaam")));
		waarden.put("achternaam", tekst(rij.get("achternaam")));
		waarden.put("geboortedatum", tekst(rij.get("geboortedatum")));
		waarden.put("postcode", tekst(rij.get("postcode")));
		waarden.put("huisnummer", tekst(rij.get("huisnummer")));
		waarden.put("huisnummerToevoeging", tekst(rij.get("huisnummer_toevoeging")));
		waarden.put("straat", tekst(rij.get("straat")));
		waarden.put("woonplaats", tekst(rij.get("woonplaats")));
		waarden.put("telefoon", tekst(rij.get("telefoon")));
		waarden.put("huisarts", tekst(rij.get("huisarts")));
		waarden.put("waarschuwing", tekst(rij.get("waarschuwing")));
		for (int i = 0; i < velden.length; i += 2) {
			waarden.put(velden[i], velden[i + 1]);
		}
		MockHttpServletRequestBuilder verzoek = post("/casussen/{id}/inwoner", casus).with(csrf())
			.with(als(gebruiker))
			.param("version", String.valueOf(version));
		waarden.forEach(verzoek::param);
		return this.mvc.perform(verzoek);
	}

	private static String tekst(Object waarde) {
		return (waarde != null) ? String.valueOf(waarde) : "";
	}

	private Map<String, Object> inwonerRij(long inwonerId) {
		return this.jdbc.sql("""
				select bsn, voornaam, achternaam, cast(geboortedatum as text) as geboortedatum, postcode, huisnummer,
				       huisnummer_toevoeging, straat, woonplaats, telefoon, huisarts, waarschuwing, version
				from inwoner where id = ?
				""").param(inwonerId).query().singleRow();
	}

	private int log(long casus, String gebeurtenis, String resultaat, String gebruiker, long inwonerId) {
		return this.jdbc.sql("""
				select count(*) from toegangslog
				where casus_id = ? and gebeurtenis = ? and resultaat = ? and gebruikersnaam = ? and inwoner_id = ?
				""").params(casus, gebeurtenis, resultaat, gebruiker, inwonerId).query(Integer.class).single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor als(String gebruikersnaam) {
		return user(this.gebruikers.loadUserByUsername(gebruikersnaam));
	}

}
