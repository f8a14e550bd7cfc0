package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.List;
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
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meldcode huiselijk geweld on a case: five steps in order, each with its date (not
 * in the future, not before the start) and who recorded it; step 5 records the decision.
 * Shown as a checklist on the dossier, started there when the suspicion arises outside a
 * conversation; every change on the timeline and in the access log, within scope only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeldcodeTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 2);

	private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 20);

	private final MockMvc mvc;

	private final GesprekTestdata data;

	@Autowired
	MeldcodeTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.data = new GesprekTestdata(jdbc, inwoners, beheer, gebruikers);
	}

	private static Meldcode meldcode(int... gezet) {
		List<Meldcode.Gezet> stappen = java.util.Arrays.stream(gezet)
			.mapToObj((s) -> new Meldcode.Gezet(s, START.plusDays(s), null, "Anna"))
			.toList();
		return new Meldcode(1, START, "Anna", null, null, stappen);
	}

	private static Map<String, String> fouten(Runnable actie) {
		try {
			actie.run();
		}
		catch (MeldcodeGeweigerd ex) {
			return ex.fouten();
		}
		throw new AssertionError("geen weigering");
	}

	@Test
	void stepsAreTakenInOrderAndEachOnlyOnce() {
		assertThat(meldcode().volgendeStap()).isEqualTo(1);
		assertThat(meldcode().controleerStap(1, "2026-03-05", null, VANDAAG)).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(fouten(() -> meldcode().controleerStap(2, "2026-03-05", null, VANDAAG)))
			.containsExactly(Map.entry("algemeen", "meldcode.regel.eerstVorigeStap"));
		assertThat(fouten(() -> meldcode(1, 2).controleerStap(4, "2026-03-05", null, VANDAAG)))
			.containsEntry("algemeen", "meldcode.regel.eerstVorigeStap");
		assertThat(fouten(() -> meldcode(1).controleerStap(1, "2026-03-05", null, VANDAAG))).containsEntry("algemeen",
				"meldcode.regel.stapAlGezet");
		assertThat(meldcode(1, 2).volgendeStap()).isEqualTo(3);
		assertThat(meldcode(1, 2, 3).controleerStap(4, "2026-03-05", "Afwegingskader doorlopen", VANDAAG)).isNotNull();
		assertThat(meldcode(1, 2, 3, 4, 5).isAfgerond()).isTrue();
		assertThat(meldcode(1, 2, 3, 4, 5).volgendeStap()).isZero();
		assertThat(fouten(() -> meldcode().controleerStap(6, "2026-03-05", null, VANDAAG))).containsEntry("algemeen",
				"meldcode.regel.stapOngeldig");
	}

	@Test
	void aStepIsDatedNotInTheFutureAndNotBeforeTheStart() {
		assertThat(fouten(() -> meldcode().controleerStap(1, null, null, VANDAAG))).containsEntry("datum",
				"meldcode.fout.datumVerplicht");
		assertThat(fouten(() -> meldcode().controleerStap(1, "5 maart", null, VANDAAG))).containsEntry("datum",
				"meldcode.fout.datumOngeldig");
		assertThat(fouten(() -> meldcode().controleerStap(1, VANDAAG.plusDays(1).toString(), null, VANDAAG)))
			.containsEntry("datum", "meldcode.fout.datumInToekomst");
		assertThat(fouten(() -> meldcode().controleerStap(1, START.minusDays(1).toString(), null, VANDAAG)))
			.containsEntry("datum", "meldcode.fout.datumVoorStart");
		assertThat(meldcode().controleerStap(1, START.toString(), null, VANDAAG)).isEqualTo(START);
		assertThat(meldcode().controleerStap(1, VANDAAG.toString(), null, VANDAAG)).isEqualTo(VANDAAG);
	}

	@Test
	void theDecisionOfStepFiveIsWrittenDown() {
		assertThat(fouten(() -> meldcode(1, 2, 3, 4).controleerStap(5, "2026-03-10", "  ", VANDAAG)))
			.containsExactly(Map.entry("toelichting", "meldcode.fout.besluitVerplicht"));
		assertThat(fouten(() -> meldcode(1, 2, 3, 4).controleerStap(5, "", null, VANDAAG))).as("every error at once")
			.containsKeys("datum", "toelichting");
		assertThat(fouten(() -> meldcode(1).controleerStap(2, "2026-03-10", "x".repeat(1001), VANDAAG)))
			.containsEntry("toelichting", "meldcode.fout.toelichtingTeLang");
		assertThat(meldcode(1, 2, 3, 4).controleerStap(5, "2026-03-10", "Melding bij Veilig Thuis gedaan", VANDAAG))
			.isEqualTo(LocalDate.of(2026, 3, 10));
	}

	@Test
	void aMeldcodeStartsNotInTheFutureAndNotBeforeTheCaseWasReported() {
		LocalDate gemeld = LocalDate.of(2026, 2, 1);
		assertThat(Meldcode.controleerStart("2026-02-01", gemeld, VANDAAG)).isEqualTo(gemeld);
		assertThatThrownBy(() -> Meldcode.controleerStart("2026-01-31", gemeld, VANDAAG)).isInstanceOfSatisfying(
				MeldcodeGeweigerd.class,
				(ex) -> assertThat(ex.fouten()).containsEntry("datum", "meldcode.fout.datumVoorMelding"));
		assertThatThrownBy(() -> Meldcode.controleerStart(VANDAAG.plusDays(1).toString(), gemeld, VANDAAG))
			.isInstanceOf(MeldcodeGeweigerd.class);
	}

	@Test
	void aMeldcodeIsStartedFromTheDossierAndItsStepsRecordedInOrder() throws Exception {
		long casus = this.data.casus(30);
		LocalDate vandaag = GesprekTestdata.vandaag();
		Element start = dossier(casus).selectFirst(".meldcode-start details form[action$=/meldcode]");
		assertThat(start).as("a quiet start while none runs").isNotNull();

		post(Demo.WIJKWERKER, "/casussen/{id}/meldcode", casus, "datum", vandaag.minusDays(3).toString())
			.andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "meldcode.gemeld.gestart"));
		Map<String, Object> meldcode = this.data.rij("meldcode", "casus_id", casus);
		assertThat(meldcode.get("gestart_op")).hasToString(vandaag.minusDays(3).toString());
		assertThat(meldcode.get("gestart_door")).isEqualTo(this.data.gebruikerId(Demo.WIJKWERKER));
		assertThat(this.data.tijdlijn(casus, "meldcodeGestart")).isEqualTo(1);
		assertThat(this.data.log("MELDCODE_GEWIJZIGD", Demo.WIJKWERKER, casus, "OK")).isEqualTo(1);

		stap(Demo.WIJKWERKER, casus, 1, "datum", vandaag.minusDays(2).toString(), "toelichting",
				"Blauwe plekken op de armen gezien")
			.andExpect(redirectedUrl("/casussen/" + casus))
			.andExpect(flash().attribute("melding", "meldcode.gemeld.stap"));
		stap(Demo.MANAGER, casus, 2, "datum", vandaag.toString()).andExpect(status().is3xxRedirection());
		assertThat(this.data.tijdlijn(casus, "meldcodeStap1")).isEqualTo(1);
		assertThat(this.data.tijdlijn(casus, "meldcodeStap2")).isEqualTo(1);
		assertThat(this.data.log("MELDCODE_GEWIJZIGD", Demo.MANAGER, casus, "OK")).isEqualTo(1);

		Document pagina = dossier(casus);
		Element sectie = pagina.selectFirst("section#meldcode[aria-labelledby=meldcode-titel]");
		assertThat(sectie).isNotNull();
		assertThat(pagina.select(".meldcode-start")).isEmpty();
		assertThat(sectie.text()).contains("Stap 3 van 5 is aan de beurt (2 van 5 gezet).")
			.contains("Gedaan op " + Datums.dag(vandaag.minusDays(2)) + " door")
			.contains("Blauwe plekken op de armen gezien");
		List<Element> stappen = sectie.select("ol.meldcode-stappen > li");
		assertThat(stappen).hasSize(5);
		assertThat(stappen.get(0).text()).startsWith("Gedaan Stap 1: Signalen in kaart brengen");
		assertThat(stappen.get(2).text()).startsWith("Aan de beurt Stap 3: Gesprek met de cli\u00ebnt");
		assertThat(stappen.get(3).text()).startsWith("Nog niet Stap 4:");
		assertThat(sectie.select("form")).as("only the next step has a form").hasSize(1);
		assertThat(sectie.selectFirst("form").attr("action")).endsWith("/meldcode/stappen/3");
		assertThat(sectie.selectFirst("form label[for=meldcode-datum]")).isNotNull();
	}

	@Test
	void aStepOutOfOrderIsRefusedAndNothingIsStored() throws Exception {
		long casus = this.data.casus();
		LocalDate vandaag = GesprekTestdata.vandaag();
		this.data.meldcode(casus, vandaag.minusDays(10));
		this.data.meldcodeStap(casus, 1, vandaag.minusDays(9), null);

		stap(Demo.WIJKWERKER, casus, 3, "datum", vandaag.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Leg eerst de vorige stap vast")));
		stap(Demo.WIJKWERKER, casus, 1, "datum", vandaag.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze stap is al vastgelegd.")));
		assertThat(this.data.aantal("select count(*) from meldcode_stap where casus_id = ?", casus)).isEqualTo(1);
		assertThat(this.data.tijdlijn(casus, "meldcodeStap3")).isZero();
		assertThat(this.data.log("MELDCODE_GEWIJZIGD", Demo.WIJKWERKER, casus, "OK")).isZero();
		stap(Demo.WIJKWERKER, casus, 6, "datum", vandaag.toString()).andExpect(status().isNotFound());
	}

	@Test
	void aRefusedStepShowsTheChecklistWithTheErrorBesideItsFieldAndWhatWasTyped() throws Exception {
		long casus = this.data.casus();
		LocalDate vandaag = GesprekTestdata.vandaag();
		this.data.meldcode(casus, vandaag.minusDays(10));
		for (int stap = 1; stap <= 4; stap++) {
			this.data.meldcodeStap(casus, stap, vandaag.minusDays(10 - stap), null);
		}

		String html = stap(Demo.WIJKWERKER, casus, 5, "datum", vandaag.plusDays(2).toString(), "toelichting", "")
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document pagina = Jsoup.parse(html);
		assertThat(pagina.selectFirst("#foutoverzicht").text()).contains("Deze datum ligt in de toekomst.")
			.contains("Schrijf op wat u hebt besloten.");
		assertThat(pagina.selectFirst("#foutoverzicht a[href=#meldcode-datum]")).isNotNull();
		Element datum = pagina.selectFirst("#meldcode-datum");
		assertThat(datum.attr("aria-invalid")).isEqualTo("true");
		assertThat(datum.attr("aria-describedby")).isEqualTo("meldcode-datum-fout");
		assertThat(datum.val()).isEqualTo(vandaag.plusDays(2).toString());
		assertThat(pagina.selectFirst("#meldcode-datum-fout").text()).isEqualTo("Deze datum ligt in de toekomst.");
		assertThat(pagina.selectFirst("#meldcode-toelichting").attr("aria-describedby"))
			.isEqualTo("meldcode-toelichting-hulp meldcode-toelichting-fout");
		assertThat(pagina.selectFirst("#meldcode-toelichting-fout").text())
			.isEqualTo("Schrijf op wat u hebt besloten.");
		assertThat(pagina.select("[style]")).isEmpty();
		assertThat(this.data.aantal("select count(*) from meldcode_stap where casus_id = ? and stap = 5", casus))
			.isZero();

		stap(Demo.WIJKWERKER, casus, 5, "datum", vandaag.toString(), "toelichting",
				"Melding gedaan bij Veilig Thuis; hulp via het wijkteam blijft")
			.andExpect(status().is3xxRedirection());
		assertThat(dossier(casus).selectFirst("section#meldcode").text())
			.contains("Alle vijf stappen zijn gezet. Het besluit is genomen op " + Datums.dag(vandaag) + ".")
			.contains("Besluit: Melding gedaan bij Veilig Thuis");
	}

	@Test
	void aMeldcodeRunsOnlyOnceAndNotBeforeTheCaseOrInTheFuture() throws Exception {
		long casus = this.data.casus(10);
		LocalDate vandaag = GesprekTestdata.vandaag();
		post(Demo.WIJKWERKER, "/casussen/{id}/meldcode", casus, "datum", vandaag.plusDays(1).toString())
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze datum ligt in de toekomst.")))
			.andExpect(content().string(containsString("id=\"meldcode-datum-fout\"")));
		post(Demo.WIJKWERKER, "/casussen/{id}/meldcode", casus, "datum", vandaag.minusDays(11).toString())
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze datum ligt voor de aanmelding van de casus.")));
		post(Demo.WIJKWERKER, "/casussen/{id}/meldcode", casus).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul de datum in.")));
		assertThat(this.data.aantal("select count(*) from meldcode where casus_id = ?", casus)).isZero();

		post(Demo.WIJKWERKER, "/casussen/{id}/meldcode", casus, "datum", vandaag.toString())
			.andExpect(status().is3xxRedirection());
		post(Demo.WIJKWERKER, "/casussen/{id}/meldcode", casus, "datum", vandaag.toString())
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("De meldcode loopt al voor deze casus.")));
		assertThat(this.data.tijdlijn(casus, "meldcodeGestart")).isEqualTo(1);
	}

	@Test
	void aStepNeedsAStartedMeldcodeAndAnOpenCase() throws Exception {
		long casus = this.data.casus();
		LocalDate vandaag = GesprekTestdata.vandaag();
		stap(Demo.WIJKWERKER, casus, 1, "datum", vandaag.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Start eerst de meldcode.")));

		this.data.meldcode(casus, vandaag.minusDays(5));
		this.data.sluitAf(casus);
		stap(Demo.WIJKWERKER, casus, 1, "datum", vandaag.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze casus is afgesloten. Heropen hem eerst.")));
		Element sectie = dossier(casus).selectFirst("section#meldcode");
		assertThat(sectie).as("the checklist stays visible on a closed case").isNotNull();
		assertThat(sectie.select("form")).isEmpty();

		long gesloten = this.data.casus();
		this.data.sluitAf(gesloten);
		Document pagina = dossier(gesloten);
		assertThat(pagina.select("#meldcode, .meldcode-start")).as("nothing to show or start").isEmpty();
	}

	@Test
	void onlyTheTeamKeepsTheMeldcode() throws Exception {
		long casus = this.data.casus();
		LocalDate vandaag = GesprekTestdata.vandaag();
		post(Demo.WIJKWERKER2, "/casussen/{id}/meldcode", casus, "datum", vandaag.toString())
			.andExpect(status().isNotFound());
		assertThat(this.data.log("MELDCODE_GEWIJZIGD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
		this.data.meldcode(casus, vandaag);
		stap(Demo.WIJKWERKER2, casus, 1, "datum", vandaag.toString()).andExpect(status().isNotFound());
		assertThat(this.data.log("MELDCODE_GEWIJZIGD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(2);
		for (String gebruiker : new String[] { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY }) {
			post(gebruiker, "/casussen/{id}/meldcode", casus, "datum", vandaag.toString())
				.andExpect(status().isForbidden());
			stap(gebruiker, casus, 1, "datum", vandaag.toString()).andExpect(status().isForbidden());
		}
		assertThat(this.data.aantal("select count(*) from meldcode_stap where casus_id = ?", casus)).isZero();
		stap(Demo.WIJKWERKER, casus, 1, "datum", vandaag.toString()).andExpect(status().is3xxRedirection());
	}

	private ResultActions stap(String gebruiker, long casus, int stap, String... velden) throws Exception {
		return post(gebruiker, "/casussen/{id}/meldcode/stappen/" + stap, casus, velden);
	}

	private ResultActions post(String gebruiker, String pad, long casus, String... velden) throws Exception {
		var verzoek = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(pad, casus)
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
