package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements on the dossier: open ones first with "te laat" and "deze week" in words,
 * recently done ones folded away; "klaar" and "heropenen" from the version the user saw,
 * each on the timeline and in the access log, within scope only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AfspraakTests {

	private final MockMvc mvc;

	private final GesprekTestdata data;

	@Autowired
	AfspraakTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.data = new GesprekTestdata(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void aDeadlineIsLateBeforeTodayAndThisWeekUpToSunday() {
		LocalDate woensdag = LocalDate.of(2026, 9, 30);
		assertThat(AfspraakTermijn.van(woensdag.minusDays(1), woensdag)).isEqualTo(AfspraakTermijn.TE_LAAT);
		assertThat(AfspraakTermijn.van(woensdag, woensdag)).isEqualTo(AfspraakTermijn.DEZE_WEEK);
		assertThat(AfspraakTermijn.van(LocalDate.of(2026, 10, 4), woensdag)).as("Sunday, across the month end")
			.isEqualTo(AfspraakTermijn.DEZE_WEEK);
		assertThat(AfspraakTermijn.van(LocalDate.of(2026, 10, 5), woensdag)).as("next Monday")
			.isEqualTo(AfspraakTermijn.LATER);
		LocalDate zondag = LocalDate.of(2026, 10, 4);
		assertThat(AfspraakTermijn.van(zondag, zondag)).isEqualTo(AfspraakTermijn.DEZE_WEEK);
		assertThat(AfspraakTermijn.van(zondag.plusDays(1), zondag)).isEqualTo(AfspraakTermijn.LATER);
		assertThat(AfspraakTermijn.van(null, woensdag)).isEqualTo(AfspraakTermijn.GEEN_DEADLINE);
		assertThat(AfspraakTermijn.LATER.messageKey()).isNull();
	}

	@Test
	void onlyALocalPathIsAPlaceToGoBackTo() {
		assertThat(AfspraakController.terugNaar("/", 5)).isEqualTo("/");
		assertThat(AfspraakController.terugNaar("/?tab=afspraken", 5)).isEqualTo("/?tab=afspraken");
		for (String onveilig : new String[] { null, "", "https://example.com/", "//example.com/x", "/\\example.com",
				"javascript:alert(1)", "/a b", "/a\r\nLocation: x", "/{id}", "relatief" }) {
			assertThat(AfspraakController.terugNaar(onveilig, 5)).as(String.valueOf(onveilig)).isEqualTo("/casussen/5");
		}
	}

	@Test
	void theDossierShowsOpenAgreementsFirstAndDoneOnesFolded() throws Exception {
		long casus = this.data.casus();
		LocalDate vandaag = GesprekTestdata.vandaag();
		long gesprek = this.data.gesprek(casus, vandaag.minusDays(20)).opslaan();
		this.data.afspraak(casus, gesprek, "Later: huurtoeslag aanvragen", "INWONER", null, vandaag.plusDays(40));
		this.data.afspraak(casus, gesprek, "Te laat: energieleverancier bellen", "WIJKWERKER", null,
				vandaag.minusDays(2));
		this.data.afspraak(casus, gesprek, "Vandaag: brieven sorteren", "MANTELZORGER", null, vandaag);
		this.data.afspraak(casus, gesprek, "Intake bij de schuldhulp", "PARTNER", "Schuldhulp Polderstad", null);
		long klaar = this.data.afspraak(casus, gesprek, "Klaar: formulier ondertekend", "INWONER", null,
				vandaag.minusDays(5));
		this.data.klaar(klaar, vandaag.minusDays(4));
		long oud = this.data.afspraak(casus, gesprek, "Lang geleden klaar", "INWONER", null, null);
		this.data.klaar(oud, vandaag.minusDays(Afspraken.KLAAR_RECENT_DAGEN + 1));

		Document pagina = dossier(casus);
		Element sectie = pagina.selectFirst("section[aria-labelledby=afspraken-titel]");
		assertThat(sectie).isNotNull();
		Element open = sectie.selectFirst("table");
		assertThat(open.select("tbody tr .afspraak-omschrijving")).extracting(Element::text)
			.containsExactly("Te laat: energieleverancier bellen", "Vandaag: brieven sorteren",
					"Later: huurtoeslag aanvragen", "Intake bij de schuldhulp");
		assertThat(open.select("tbody tr").get(0).text()).contains("te laat").contains("Wijkwerker");
		assertThat(open.select("tbody tr").get(1).text()).contains("deze week").contains("Mantelzorger");
		assertThat(open.select("tbody tr").get(2).text()).doesNotContain("te laat").doesNotContain("deze week");
		assertThat(open.select("tbody tr").get(3).text()).contains("Partner: Schuldhulp Polderstad")
			.contains("Geen datum");
		assertThat(open.selectFirst("caption").text()).isEqualTo("Open afspraken (4), waarvan 1 te laat");
		assertThat(open.select("a[href=/casussen/" + casus + "/gesprekken/" + gesprek + "]")).hasSize(4);
		assertThat(open.select("form[action$=/klaar] button")).hasSize(4);
		assertThat(open.select("form[action$=/klaar] button").get(0).text())
			.isEqualTo("Klaar: Te laat: energieleverancier bellen");

		Element gedaan = sectie.selectFirst("details");
		assertThat(gedaan).isNotNull();
		assertThat(gedaan.hasAttr("open")).as("folded").isFalse();
		assertThat(gedaan.select("tbody tr")).hasSize(1);
		assertThat(gedaan.text()).contains("Klaar: formulier ondertekend").doesNotContain("Lang geleden klaar");
		assertThat(gedaan.select("form[action$=/heropenen]")).hasSize(1);
	}

	@Test
	void anAgreementIsMarkedDoneTodayOnceAndReopened() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag().minusDays(7)).opslaan();
		long afspraak = this.data.afspraak(casus, gesprek, "Bankafschriften meenemen", "INWONER", null, null);

		actie(Demo.WIJKWERKER, casus, afspraak, "klaar", 0).andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "afspraak.gemeld.klaar"));
		Map<String, Object> rij = this.data.rij("afspraak", "id", afspraak);
		assertThat(rij.get("status")).isEqualTo("KLAAR");
		assertThat(rij.get("klaar_op")).hasToString(GesprekTestdata.vandaag().toString());
		assertThat(rij.get("version")).isEqualTo(1L);
		assertThat(this.data.tijdlijn(casus, "afspraakKlaar")).isEqualTo(1);
		assertThat(this.data.aantal(
				"select count(*) from casus_gebeurtenis where casus_id = ? and detail = ? and link = ?", casus,
				"Bankafschriften meenemen", "/casussen/" + casus + "/gesprekken/" + gesprek))
			.isEqualTo(1);
		assertThat(this.data.log("AFSPRAAK_GEWIJZIGD", Demo.WIJKWERKER, casus, "OK")).isEqualTo(1);

		actie(Demo.WIJKWERKER, casus, afspraak, "klaar", 1).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze afspraak is al klaar.")))
			.andExpect(content().string(containsString("Bankafschriften meenemen")));
		assertThat(this.data.rij("afspraak", "id", afspraak).get("version")).isEqualTo(1L);
		assertThat(this.data.tijdlijn(casus, "afspraakKlaar")).isEqualTo(1);
		assertThat(this.data.log("AFSPRAAK_GEWIJZIGD", Demo.WIJKWERKER, casus, "OK")).isEqualTo(1);

		actie(Demo.WIJKWERKER, casus, afspraak, "heropenen", 1).andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "afspraak.gemeld.heropend"));
		rij = this.data.rij("afspraak", "id", afspraak);
		assertThat(rij.get("status")).isEqualTo("OPEN");
		assertThat(rij.get("klaar_op")).isNull();
		assertThat(this.data.tijdlijn(casus, "afspraakHeropend")).isEqualTo(1);

		actie(Demo.WIJKWERKER, casus, afspraak, "heropenen", 2).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze afspraak staat al open.")));
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
		long casus = this.data.casus();
		long afspraak = this.data.afspraak(casus, null, "Huisarts bellen", "INWONER", null, null);
		actie(Demo.MANAGER, casus, afspraak, "klaar", 0).andExpect(status().is3xxRedirection());
		actie(Demo.WIJKWERKER, casus, afspraak, "heropenen", 0).andExpect(status().isConflict())
			.andExpect(content().string(containsString("Iemand anders was u voor")));
		assertThat(this.data.rij("afspraak", "id", afspraak).get("status")).isEqualTo("KLAAR");
		assertThat(this.data.tijdlijn(casus, "afspraakHeropend")).isZero();
	}

	@Test
	void theHomePageCanMarkAnAgreementDoneAndComeBack() throws Exception {
		long casus = this.data.casus();
		long afspraak = this.data.afspraak(casus, null, "Pinpas aanvragen", "INWONER", null, null);
		actie(Demo.WIJKWERKER, casus, afspraak, "klaar", 0, "terug", "/").andExpect(redirectedUrl("/"));
		long ander = this.data.afspraak(casus, null, "Pas ophalen", "INWONER", null, null);
		actie(Demo.WIJKWERKER, casus, ander, "klaar", 0, "terug", "//evil.example/")
			.andExpect(redirectedUrl("/casussen/" + casus));
	}

	@Test
	void anAgreementOfAnotherCaseIsNotFound() throws Exception {
		long casus = this.data.casus();
		long anderCasus = this.data.casus();
		long afspraak = this.data.afspraak(anderCasus, null, "Niet van deze casus", "INWONER", null, null);
		actie(Demo.WIJKWERKER, casus, afspraak, "klaar", 0).andExpect(status().isNotFound());
		assertThat(this.data.rij("afspraak", "id", afspraak).get("status")).isEqualTo("OPEN");
		assertThat(this.data.tijdlijn(casus, "afspraakKlaar")).isZero();
		assertThat(this.data.tijdlijn(anderCasus, "afspraakKlaar")).isZero();
	}

	@Test
	void agreementsOfAClosedCaseStayAsTheyAre() throws Exception {
		long casus = this.data.casus();
		long afspraak = this.data.afspraak(casus, null, "Wasmachine regelen", "INWONER", null, null);
		this.data.sluitAf(casus);
		actie(Demo.WIJKWERKER, casus, afspraak, "klaar", 0).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze casus is afgesloten. Heropen hem eerst.")));
		assertThat(this.data.rij("afspraak", "id", afspraak).get("status")).isEqualTo("OPEN");
		assertThat(dossier(casus).select("section[aria-labelledby=afspraken-titel] form")).as("no actions offered")
			.isEmpty();
	}

	@Test
	void onlyTheTeamChangesItsAgreements() throws Exception {
		long casus = this.data.casus();
		long afspraak = this.data.afspraak(casus, null, "Zorgverzekering uitzoeken", "INWONER", null, null);
		actie(Demo.WIJKWERKER2, casus, afspraak, "klaar", 0).andExpect(status().isNotFound());
		assertThat(this.data.log("AFSPRAAK_GEWIJZIGD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
		actie(Demo.WIJKWERKER2, casus, afspraak, "heropenen", 0).andExpect(status().isNotFound());
		assertThat(this.data.log("AFSPRAAK_GEWIJZIGD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(2);
		for (String gebruiker : new String[] { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY }) {
			actie(gebruiker, casus, afspraak, "klaar", 0).andExpect(status().isForbidden());
		}
		assertThat(this.data.rij("afspraak", "id", afspraak).get("status")).isEqualTo("OPEN");
		assertThat(this.data.tijdlijn(casus, "afspraakKlaar")).isZero();
		actie(Demo.WIJKWERKER, casus, afspraak, "klaar", 0).andExpect(status().is3xxRedirection());
	}

	private ResultActions actie(String gebruiker, long casus, long afspraak, String wat, long version, String... velden)
			throws Exception {
		var verzoek = post("/casussen/{id}/afspraken/{a}/" + wat, casus, afspraak)
			.param("version", String.valueOf(version))
			.with(this.data.als(gebruiker))
			.with(csrf());
		for (int i = 0; i < velden.length; i += 2) {
			verzoek.param(velden[i], velden[i + 1]);
		}
		return this.mvc.perform(verzoek);
	}

	private Document dossier(long casus) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/casussen/{id}", casus).with(this.data.als(Demo.WIJKWERKER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
