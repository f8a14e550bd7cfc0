package nl.wijkdossier.gesprek;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The resident's report: a PDF in plain Dutch with the report (its latest correction),
 * the agreements and the next step, never an internal note; downloading it is an export
 * in the access log. Recording that it was sent keeps every sending on the timeline.
 */
@SpringBootTest
@AutoConfigureMockMvc
class VerslagTests {

	private static final String NOTITIE = "Vermoeden van schulden bij een woekeraar; niet met haar besproken.";

	private static final String NOTITIE_CORRECTIE = "Collega Jansen weet meer over de zoon.";

	private final MockMvc mvc;

	private final GesprekTestdata data;

	@Autowired
	VerslagTests(MockMvc mvc, JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer,
			UserDetailsService gebruikers) {
		this.mvc = mvc;
		this.data = new GesprekTestdata(jdbc, inwoners, beheer, gebruikers);
	}

	@Test
	void theReportHoldsTheConversationAndItsAgreementsButNeverTheInternalNote() throws Exception {
		long casus = this.data.casus();
		LocalDate datum = GesprekTestdata.vandaag().minusDays(3);
		long gesprek = this.data.gesprek(casus, datum)
			.verslag("Mevrouw vertelt dat de post al weken blijft liggen.\nHaar dochter helpt soms.")
			.interneNotitie(NOTITIE)
			.volgendeStap("Over twee weken komen we terug om de brieven samen te sorteren.")
			.deelnemers("INWONER", "MANTELZORGER")
			.behoeften("Overzicht over de rekeningen.")
			.maatwerk("NOG_ONBEKEND")
			.opslaan();
		this.data.afspraak(casus, gesprek, "Alle brieven in de blauwe doos bewaren", "INWONER", null,
				datum.plusDays(7));
		this.data.afspraak(casus, gesprek, "Aanvraag schuldhulp voorbereiden", "PARTNER", "Schuldhulp Polderstad",
				null);

		String tekst = tekst(download(Demo.WIJKWERKER, casus, gesprek).andExpect(status().isOk()).andReturn());

		assertThat(tekst).contains("Verslag van ons gesprek")
			.contains(this.data.inwonerNaam(casus))
			.contains("Mevrouw vertelt dat de post al weken blijft liggen.")
			.contains("Alle brieven in de blauwe doos bewaren")
			.contains("Aanvraag schuldhulp voorbereiden")
			.contains("Schuldhulp Polderstad")
			.contains("Over twee weken komen we terug")
			.contains("Overzicht over de rekeningen.")
			.contains("Hebt u hulp nodig die speciaal bij u past (maatwerk)?")
			.contains("Dat weten we nog niet.")
			.contains("Uw mantelzorger")
			.contains("Bij u thuis")
			.contains("Klopt er iets niet?")
			.contains(VerslagInhoud.lang(datum));
		assertThat(tekst).doesNotContain("woekeraar").doesNotContain(NOTITIE);
		assertThat(this.data.log("VERSLAG_GEDOWNLOAD", Demo.WIJKWERKER, casus, "OK")).isEqualTo(1);
		assertThat(this.data.aantal("select count(*) from toegangslog where casus_id = ? and actie = 'E'", casus))
			.isEqualTo(1);
	}

	@Test
	void theLatestCorrectionIsTheReportAndItsInternalNoteStaysOut() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag().minusDays(10))
			.verslag("Eerste tekst met een fout in de naam van de buurvrouw.")
			.interneNotitie(NOTITIE)
			.opslaan();
		Instant nu = Instant.now();
		this.data.correctie(gesprek, "Tweede tekst, nog niet goed.", "Oude notitie bij de correctie.",
				nu.minus(2, ChronoUnit.DAYS));
		this.data.correctie(gesprek, "Derde tekst: buurvrouw Truus helpt met boodschappen.", NOTITIE_CORRECTIE,
				nu.minus(1, ChronoUnit.DAYS));

		String tekst = tekst(download(Demo.WIJKWERKER, casus, gesprek).andExpect(status().isOk()).andReturn());

		assertThat(tekst).contains("Derde tekst: buurvrouw Truus helpt met boodschappen.")
			.contains("Dit verslag is aangepast op")
			.doesNotContain("Eerste tekst")
			.doesNotContain("Tweede tekst")
			.doesNotContain("Collega Jansen")
			.doesNotContain("Oude notitie")
			.doesNotContain("woekeraar");
		assertThat(tekst).contains("We hebben in dit gesprek geen afspraken gemaakt.");
	}

	@Test
	void theDownloadIsAnUncachedAttachmentNamedAfterTheDateWithEmbeddedFontAndMetadata() throws Exception {
		long casus = this.data.casus();
		LocalDate datum = GesprekTestdata.vandaag().minusDays(1);
		long gesprek = this.data.gesprek(casus, datum).opslaan();

		MvcResult result = download(Demo.WIJKWERKER, casus, gesprek).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"verslag-" + datum + ".pdf\""))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn();

		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(pdf.getDocumentInformation().getTitle())
				.isEqualTo("Verslag van het gesprek op " + VerslagInhoud.lang(datum));
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
			assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
			assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
			for (var naam : pdf.getPage(0).getResources().getFontNames()) {
				PDFont font = pdf.getPage(0).getResources().getFont(naam);
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSans");
			}
		}
	}

	@Test
	void theReportSurvivesTextPastedFromAWordProcessorAndCharactersTheFontLacks() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag())
			.verslag("Regel een\u000Bregel twee\fna een pagina-einde; \u0142\u00f3d\u017a en \u011f\u00fc\u015f"
					+ " <b>geen opmaak</b> & \"aanhalingstekens\" \uD83D\uDE0A \u0645\u0631\u062D\u0628\u0627")
			.opslaan();

		String tekst = tekst(download(Demo.WIJKWERKER, casus, gesprek).andExpect(status().isOk()).andReturn());

		assertThat(tekst).contains("Regel eenregel twee")
			.contains("\u0142\u00f3d\u017a en \u011f\u00fc\u015f")
			.contains("<b>geen opmaak</b> & \"aanhalingstekens\"");
	}

	@Test
	void aConversationOfAnotherCaseIsNotFound() throws Exception {
		long casus = this.data.casus();
		long anderCasus = this.data.casus();
		long gesprek = this.data.gesprek(anderCasus, GesprekTestdata.vandaag()).opslaan();

		download(Demo.WIJKWERKER, casus, gesprek).andExpect(status().isNotFound());
		assertThat(this.data.log("VERSLAG_GEDOWNLOAD", Demo.WIJKWERKER, casus, "OK")).isZero();
	}

	@Test
	void theReportOfACaseOutOfScopeIsNotFoundAndLoggedAsDenied() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag()).interneNotitie(NOTITIE).opslaan();

		download(Demo.WIJKWERKER2, casus, gesprek).andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("woekeraar"))));
		assertThat(this.data.log("VERSLAG_GEDOWNLOAD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
		assertThat(this.data.log("VERSLAG_GEDOWNLOAD", Demo.WIJKWERKER2, casus, "OK")).isZero();
	}

	@Test
	void rolesWithoutCaseAccessGetNoReport() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag()).opslaan();
		for (String gebruiker : new String[] { Demo.GEMEENTE, Demo.BEHEER, Demo.PRIVACY }) {
			download(gebruiker, casus, gesprek).andExpect(status().isForbidden());
		}
		assertThat(this.data.aantal("select count(*) from toegangslog where casus_id = ?", casus)).isZero();
	}

	@Test
	void theManagerOfTheTeamMayDownloadTheReport() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag()).opslaan();
		download(Demo.MANAGER, casus, gesprek).andExpect(status().isOk());
		assertThat(this.data.log("VERSLAG_GEDOWNLOAD", Demo.MANAGER, casus, "OK")).isEqualTo(1);
	}

	@Test
	void sendingTheReportIsRecordedAndEverySendingGetsATimelineLine() throws Exception {
		long casus = this.data.casus();
		LocalDate datum = GesprekTestdata.vandaag().minusDays(5);
		long gesprek = this.data.gesprek(casus, datum).opslaan();

		verstuurd(Demo.WIJKWERKER, casus, gesprek, "op", datum.plusDays(1).toString(), "via", "POST")
			.andExpect(redirectedUrl("/casussen/" + casus + "/gesprekken/" + gesprek))
			.andExpect(flash().attribute("melding", "verslag.gemeld.verstuurd"));
		Map<String, Object> rij = this.data.rij("gesprek", "id", gesprek);
		assertThat(rij.get("verslag_verstuurd_op")).hasToString(datum.plusDays(1).toString());
		assertThat(rij.get("verslag_verstuurd_via")).isEqualTo("POST");

		verstuurd(Demo.WIJKWERKER, casus, gesprek, "via", "EMAIL").andExpect(status().is3xxRedirection());
		rij = this.data.rij("gesprek", "id", gesprek);
		assertThat(rij.get("verslag_verstuurd_op")).hasToString(GesprekTestdata.vandaag().toString());
		assertThat(rij.get("verslag_verstuurd_via")).isEqualTo("EMAIL");

		assertThat(this.data.tijdlijn(casus, "verslagVerstuurd")).isEqualTo(2);
		assertThat(
				this.data.aantal("select count(*) from casus_gebeurtenis where casus_id = ? and soort = ? and link = ?",
						casus, "verslagVerstuurd", "/casussen/" + casus + "/gesprekken/" + gesprek))
			.isEqualTo(2);
		assertThat(this.data.aantal(
				"select count(*) from casus_gebeurtenis where casus_id = ? and soort = ? and detail like '%per e-mail'",
				casus, "verslagVerstuurd"))
			.isEqualTo(1);
		assertThat(this.data.log("VERSLAG_VERSTUURD", Demo.WIJKWERKER, casus, "OK")).isEqualTo(2);
	}

	@Test
	void aSendingInTheFutureOrBeforeTheConversationOrWithoutHowIsRefusedBesideItsField() throws Exception {
		long casus = this.data.casus();
		LocalDate datum = GesprekTestdata.vandaag().minusDays(5);
		long gesprek = this.data.gesprek(casus, datum).opslaan();

		verstuurd(Demo.WIJKWERKER, casus, gesprek, "op", GesprekTestdata.vandaag().plusDays(1).toString(), "via",
				"POST")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze datum ligt in de toekomst.")))
			.andExpect(content().string(containsString("id=\"op-fout\"")))
			.andExpect(content().string(containsString("aria-describedby=\"op-hulp op-fout\"")));
		verstuurd(Demo.WIJKWERKER, casus, gesprek, "op", datum.minusDays(1).toString(), "via", "POST")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Deze datum ligt voor het gesprek.")));
		verstuurd(Demo.WIJKWERKER, casus, gesprek, "op", datum.toString()).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Kies hoe de inwoner het verslag kreeg.")))
			.andExpect(content().string(containsString("id=\"via-fout\"")))
			.andExpect(content().string(containsString("value=\"" + datum + "\"")));
		verstuurd(Demo.WIJKWERKER, casus, gesprek, "op", "gisteren", "via", "DUIF")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Vul een geldige datum in.")))
			.andExpect(content().string(containsString("Kies een van de mogelijkheden.")));

		Map<String, Object> rij = this.data.rij("gesprek", "id", gesprek);
		assertThat(rij.get("verslag_verstuurd_op")).isNull();
		assertThat(rij.get("verslag_verstuurd_via")).isNull();
		assertThat(this.data.tijdlijn(casus, "verslagVerstuurd")).isZero();
		assertThat(this.data.log("VERSLAG_VERSTUURD", Demo.WIJKWERKER, casus, "OK")).isZero();
	}

	@Test
	void sendingIsRecordedOnlyWithinScope() throws Exception {
		long casus = this.data.casus();
		long gesprek = this.data.gesprek(casus, GesprekTestdata.vandaag()).opslaan();
		long anderCasus = this.data.casus();

		verstuurd(Demo.WIJKWERKER2, casus, gesprek, "via", "POST").andExpect(status().isNotFound());
		assertThat(this.data.log("VERSLAG_VERSTUURD", Demo.WIJKWERKER2, casus, "DENIED")).isEqualTo(1);
		verstuurd(Demo.GEMEENTE, casus, gesprek, "via", "POST").andExpect(status().isForbidden());
		verstuurd(Demo.WIJKWERKER, anderCasus, gesprek, "via", "POST").andExpect(status().isNotFound());
		assertThat(this.data.rij("gesprek", "id", gesprek).get("verslag_verstuurd_op")).isNull();
		assertThat(this.data.tijdlijn(casus, "verslagVerstuurd")).isZero();
		assertThat(this.data.tijdlijn(anderCasus, "verslagVerstuurd")).isZero();
	}

	private ResultActions download(String gebruiker, long casus, long gesprek) throws Exception {
		return this.mvc
			.perform(get("/casussen/{id}/gesprekken/{g}/verslag.pdf", casus, gesprek).with(this.data.als(gebruiker)));
	}

	private ResultActions verstuurd(String gebruiker, long casus, long gesprek, String... velden) throws Exception {
		var verzoek = post("/casussen/{id}/gesprekken/{g}/verstuurd", casus, gesprek).with(this.data.als(gebruiker))
			.with(csrf());
		for (int i = 0; i < velden.length; i += 2) {
			verzoek.param(velden[i], velden[i + 1]);
		}
		return this.mvc.perform(verzoek);
	}

	private static String tekst(MvcResult result) throws IOException {
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

}
