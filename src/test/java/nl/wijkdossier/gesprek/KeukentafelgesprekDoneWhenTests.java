package nl.wijkdossier.gesprek;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's "done when", over real HTTP with the demo accounts: as {@code wijkwerker}, a
 * conversation on a waiting case of her team moves it off the wachtlijst, shows on the
 * timeline with its ZRM score and agreement, and yields a PDF without the internal note;
 * a draft typed before a forced logout is there after logging in again; as
 * {@code wijkwerker2} none of these routes answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KeukentafelgesprekDoneWhenTests {

	private static final Pattern GESPREK = Pattern.compile("/casussen/(\\d+)/gesprekken/(\\d+)$");

	private static final Pattern CONCEPT = Pattern.compile("gesprekken/nieuw\\?concept=(\\d+)");

	@LocalServerPort
	int poort;

	private final JdbcClient jdbc;

	@Autowired
	KeukentafelgesprekDoneWhenTests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Test
	void aConversationMovesTheCaseOffTheWachtlijstAndYieldsAReportWithoutTheInternalNote() throws IOException {
		String achternaam = "Keukentafel" + UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 6);
		Browserloos wijkwerker = new Browserloos(this.poort);
		wijkwerker.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		String dossier = meld(wijkwerker, achternaam);
		long casusId = Long.parseLong(dossier.substring(dossier.lastIndexOf('/') + 1));
		assertThat(wachtend(casusId)).isTrue();

		String vandaag = LocalDate.now(ClockConfiguration.ZONE).toString();
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("datum", vandaag);
		velden.put("locatie", "THUIS");
		velden.put("deelnemers", "INWONER");
		velden.put("verslag", "Mevrouw vertelt over de rekeningen die zich opstapelen sinds haar man overleed.");
		velden.put("interneNotitie", "GEHEIM-voor-collegas alleen");
		velden.put("zrmScore[FINANCIEN]", "2");
		velden.put("zrmDoel[FINANCIEN]", "4");
		velden.put("afspraken[0].omschrijving", "Samen de schuldhulp bellen");
		velden.put("afspraken[0].wie", "WIJKWERKER");
		velden.put("afspraken[0].deadline", LocalDate.now(ClockConfiguration.ZONE).plusDays(7).toString());
		HttpResponse<String> vastgelegd = wijkwerker.post(dossier + "/gesprekken/nieuw", dossier + "/gesprekken",
				velden);
		assertThat(vastgelegd.statusCode()).as(vastgelegd.body()).isEqualTo(302);
		String gesprek = vastgelegd.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		Matcher pad = GESPREK.matcher(gesprek);
		assertThat(pad.find()).as(gesprek).isTrue();

		assertThat(wachtend(casusId)).as("van de wachtlijst").isFalse();
		assertThat(this.jdbc.sql("""
				select c.status = 'IN_BEHANDELING' and c.eerste_contact_op is not null
				       and c.onderzoeksgesprek_op is not null and u.gebruikersnaam = :naam
				from casus c join medewerker m on m.id = c.regievoerder_id join gebruiker u on u.id = m.gebruiker_id
				where c.id = :id
				""").param("id", casusId).param("naam", Demo.WIJKWERKER).query(Boolean.class).single()).isTrue();

		String dossierPagina = wijkwerker.get(dossier).body();
		assertThat(dossierPagina).contains("href=\"" + gesprek + "\"")
			.contains("Gesprek vastgelegd")
			.contains("Financiën 2")
			.contains("Samen de schuldhulp bellen");
		assertThat(wijkwerker.get(gesprek).body()).contains("Samen de schuldhulp bellen", "GEHEIM-voor-collegas");

		HttpResponse<byte[]> pdf = wijkwerker.download(gesprek + "/verslag.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String tekst = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(tekst).contains("Samen de schuldhulp bellen", "rekeningen die zich opstapelen")
				.doesNotContain("GEHEIM");
		}
		assertThat(this.jdbc.sql("""
				select count(*) from toegangslog
				where casus_id = :id and gebeurtenis = 'VERSLAG_GEDOWNLOAD' and actie = 'E' and resultaat = 'OK'
				""").param("id", casusId).query(Integer.class).single()).isEqualTo(1);

		Browserloos anderCluster = new Browserloos(this.poort);
		anderCluster.logIn(Demo.WIJKWERKER2, Demo.WACHTWOORD);
		for (String vreemd : new String[] { dossier + "/gesprekken/nieuw", gesprek, gesprek + "/verslag.pdf" }) {
			HttpResponse<String> antwoord = anderCluster.get(vreemd);
			assertThat(antwoord.statusCode()).as(vreemd).isEqualTo(404);
			assertThat(antwoord.body()).as(vreemd).doesNotContain(achternaam).doesNotContain("schuldhulp");
		}
		HttpResponse<String> poging = anderCluster.post("/", dossier + "/gesprekken", velden);
		assertThat(poging.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from gesprek where casus_id = :id")
			.param("id", casusId)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDraftTypedBeforeAForcedLogoutIsThereAfterLoggingInAgain() {
		String achternaam = "Concept" + UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 6);
		Browserloos wijkwerker = new Browserloos(this.poort);
		wijkwerker.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		String dossier = meld(wijkwerker, achternaam);
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("datum", LocalDate.now(ClockConfiguration.ZONE).toString());
		velden.put("locatie", "THUIS");
		velden.put("deelnemers", "INWONER");
		velden.put("verslag", "Halverwege het gesprek: de zoon belt, mevrouw wil graag dat hij erbij is");
		HttpResponse<String> autosave = wijkwerker.htmxPost(dossier + "/gesprekken/nieuw",
				dossier + "/gesprekken/concept", velden);
		assertThat(autosave.statusCode()).as(autosave.body()).isEqualTo(200);

		// forced logout: the session ends on the server (as a time-out does)
		assertThat(wijkwerker.post("/", "/logout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(wijkwerker.get("/").statusCode()).isEqualTo(302);

		Browserloos opnieuw = new Browserloos(this.poort);
		opnieuw.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		String home = opnieuw.get("/").body();
		Matcher concept = CONCEPT.matcher(home);
		assertThat(home).contains(achternaam);
		String link = null;
		while (concept.find()) {
			String kandidaat = dossier + "/gesprekken/nieuw?concept=" + concept.group(1);
			if (home.contains(kandidaat)) {
				link = kandidaat;
			}
		}
		assertThat(link).as("the draft on her home").isNotNull();
		assertThat(opnieuw.get(link).body()).contains("Halverwege het gesprek: de zoon belt");

		Browserloos anderCluster = new Browserloos(this.poort);
		anderCluster.logIn(Demo.WIJKWERKER2, Demo.WACHTWOORD);
		assertThat(anderCluster.get(link).statusCode()).isEqualTo(404);
		assertThat(anderCluster.get("/").body()).doesNotContain(achternaam);
	}

	private boolean wachtend(long casusId) {
		return this.jdbc
			.sql("select status in ('AANGEMELD', 'WACHTLIJST') and eerste_contact_op is null from casus where id = :id")
			.param("id", casusId)
			.query(Boolean.class)
			.single();
	}

	/** An intake through the real form: a waiting Wmo case of her own team. */
	private static String meld(Browserloos wijkwerker, String achternaam) {
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("voornaam", "Riet");
		velden.put("achternaam", achternaam);
		velden.put("geboortedatum", "1948-02-11");
		velden.put("postcode", "1312 AB");
		velden.put("huisnummer", "21");
		velden.put("straat", "Marktstraat");
		velden.put("woonplaats", "Polderstad");
		velden.put("kanaal", "TELEFOON");
		velden.put("hulpvraag", "Overzicht kwijt over de post en de rekeningen.");
		velden.put("domeinen", "FINANCIEN");
		velden.put("urgentie", "NORMAAL");
		velden.put("wmoMelding", "true");
		velden.put("nieuweInwoner", "true");
		HttpResponse<String> intake = wijkwerker.post("/aanmeldingen/nieuw", "/aanmeldingen", velden);
		assertThat(intake.statusCode()).as(intake.body()).isEqualTo(302);
		return intake.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

}
