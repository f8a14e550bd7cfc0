package nl.wijkdossier.casus;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.wijkdossier.test.Browserloos;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole promise of need-to-know, over real HTTP with the demo accounts: an intake by
 * a wijkwerker reaches her wachtlijst and dossier; a wijkwerker of another cluster cannot
 * see it or find it; the gemeente is refused every case route; and the privacy officer
 * sees who looked, including the refusal.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class IntakeTotToegangslogTests {

	@LocalServerPort
	int poort;

	@Test
	void intakeIsSeenByItsTeamHiddenFromOthersAndLoggedForThePrivacyOfficer() {
		String achternaam = "Zeldenrust" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
		Browserloos wijkwerker = new Browserloos(this.poort);
		wijkwerker.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		Map<String, String> velden = new LinkedHashMap<>();
		velden.put("voornaam", "Henny");
		velden.put("achternaam", achternaam);
		velden.put("geboortedatum", "1951-04-17");
		velden.put("postcode", "1312 AB");
		velden.put("huisnummer", "14");
		velden.put("straat", "Marktstraat");
		velden.put("woonplaats", "Polderstad");
		velden.put("telefoon", "036 555 1234");
		velden.put("kanaal", "TELEFOON");
		velden.put("aanmelder", "Dochter");
		velden.put("hulpvraag", "Redt het niet meer alleen thuis sinds de val.");
		velden.put("domeinen", "BASALE_ADL");
		velden.put("urgentie", "NORMAAL");
		velden.put("wmoMelding", "true");
		velden.put("nieuweInwoner", "true");
		HttpResponse<String> intake = wijkwerker.post("/aanmeldingen/nieuw", "/aanmeldingen", velden);
		assertThat(intake.statusCode()).as(intake.body()).isEqualTo(302);
		String dossier = intake.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(dossier).matches("/casussen/\\d+");

		assertThat(opWachtlijst(wijkwerker, achternaam)).as("op de wachtlijst van haar team").isTrue();
		HttpResponse<String> eigen = wijkwerker.get(dossier);
		assertThat(eigen.statusCode()).isEqualTo(200);
		assertThat(eigen.body()).contains(achternaam, "Redt het niet meer alleen thuis");

		Browserloos anderCluster = new Browserloos(this.poort);
		anderCluster.logIn(Demo.WIJKWERKER2, Demo.WACHTWOORD);
		HttpResponse<String> vreemd = anderCluster.get(dossier);
		assertThat(vreemd.statusCode()).isEqualTo(404);
		assertThat(vreemd.body()).doesNotContain(achternaam);
		String zoekresultaat = anderCluster.get("/zoeken?q=" + achternaam).body();
		assertThat(zoekresultaat).contains("Geen inwoners gevonden.").doesNotContain("href=\"" + dossier + "\"");
		assertThat(wijkwerker.get("/zoeken?q=" + achternaam).body()).contains("1 inwoner gevonden.")
			.contains("href=\"" + dossier + "\"");
		assertThat(opWachtlijst(anderCluster, achternaam)).isFalse();

		Browserloos gemeente = new Browserloos(this.poort);
		gemeente.logIn(Demo.GEMEENTE, Demo.WACHTWOORD);
		for (String pad : new String[] { dossier, "/wachtlijst", "/zoeken?q=" + achternaam, "/aanmeldingen/nieuw" }) {
			HttpResponse<String> geweigerd = gemeente.get(pad);
			assertThat(geweigerd.statusCode()).as(pad).isEqualTo(403);
			assertThat(geweigerd.body()).as(pad).doesNotContain(achternaam);
		}

		Browserloos privacy = new Browserloos(this.poort);
		privacy.logIn(Demo.PRIVACY, Demo.WACHTWOORD);
		String casusId = dossier.substring(dossier.lastIndexOf('/') + 1);
		HttpResponse<String> log = privacy.get("/toegangslog?casus=" + casusId);
		assertThat(log.statusCode()).isEqualTo(200);
		assertThat(log.body()).contains(Demo.WIJKWERKER, Demo.WIJKWERKER2);
		HttpResponse<String> csv = privacy.get("/toegangslog/export?casus=" + casusId);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains(";" + Demo.WIJKWERKER + ";")
			.contains(";" + Demo.WIJKWERKER2 + ";")
			.contains("Casus bekeken")
			.contains("Geweigerd")
			.contains("Aanmelding geregistreerd");
	}

	/** Pages through the wachtlijst as a person would. */
	private static boolean opWachtlijst(Browserloos browser, String achternaam) {
		for (int pagina = 1; pagina <= 40; pagina++) {
			String html = browser.get("/wachtlijst?pagina=" + pagina).body();
			if (html.contains(achternaam)) {
				return true;
			}
			if (!html.contains("pagina=" + (pagina + 1))) {
				return false;
			}
		}
		return false;
	}

}
