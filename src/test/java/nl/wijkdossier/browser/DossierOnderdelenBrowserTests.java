package nl.wijkdossier.browser;

import java.sql.Date;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier's conversation sections in a real browser — ZRM progress (charts and
 * table), agreements and the meldcode checklist — meet WCAG 2.1 AA, also when folded open
 * and on the pages that show a refused form; an agreement is marked done and a meldcode
 * step recorded with the keyboard alone.
 */
@BrowserTest
class DossierOnderdelenBrowserTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	DossierOnderdelenBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void zrmAgreementsAndMeldcodeMeetWcagAndWorkWithTheKeyboard(Browser browser) {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		long casus = this.fixtures.casus(this.fixtures.inwoner().id(), this.fixtures.teamVan(Demo.WIJKWERKER))
			.inBehandeling(this.fixtures.medewerkerVan(Demo.WIJKWERKER))
			.dagenGeleden(90)
			.opslaan();
		long eerste = gesprek(casus, vandaag.minusDays(60));
		long tweede = gesprek(casus, vandaag.minusDays(30));
		long derde = gesprek(casus, vandaag.minusDays(3));
		zrm(eerste, "FINANCIEN", 2, 4);
		zrm(tweede, "FINANCIEN", 3, null);
		zrm(derde, "FINANCIEN", 4, 5);
		zrm(eerste, "SOCIAAL_NETWERK", 3, null);
		zrm(derde, "HUISVESTING", 1, 3);
		afspraak(casus, derde, "Energieleverancier bellen over de termijnen", vandaag.minusDays(1), false);
		afspraak(casus, derde, "Brieven sorteren met de dochter", vandaag, false);
		long klaar = afspraak(casus, tweede, "Formulier bijzondere bijstand ondertekenen", null, true);
		this.jdbc.sql("insert into meldcode (casus_id, gesprek_id, gestart_op, gestart_door) values (?, ?, ?, ?)")
			.params(casus, derde, Date.valueOf(vandaag.minusDays(3)), gebruiker())
			.update();
		this.jdbc.sql("""
				insert into meldcode_stap (casus_id, stap, datum, toelichting, door_gebruiker_id, vastgelegd_op)
				values (?, 1, ?, 'Blauwe plekken op de armen; schrikt van de telefoon', ?, now())
				""").params(casus, Date.valueOf(vandaag.minusDays(2)), gebruiker()).update();

		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/casussen/" + casus);
		assertThat(browser.find("section.zrm-voortgang svg[role=img]").getAttribute("aria-label"))
			.startsWith("Financi\u00ebn: van 2 op");
		browser.assertAccessible();

		browser.tabTo("details.zrm-tabel summary", 80);
		browser.pressKey(Keys.ENTER);
		assertThat(browser.find("details.zrm-tabel table").isDisplayed()).isTrue();
		browser.tabTo("details.afspraken-klaar summary", 20);
		browser.pressKey(Keys.ENTER);
		assertThat(browser.find("details.afspraken-klaar table").isDisplayed()).isTrue();
		browser.assertAccessible();
		browser.resize(360, 800);
		browser.assertReflows();
		browser.resize(1280, 900);

		browser.open("/casussen/" + casus);
		browser.tabTo("section.afspraken form[action$='/klaar'] button", 80);
		assertThat(browser.focused().getText()).startsWith("Klaar");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		assertThat(browser.text(".alert-success")).contains("De afspraak staat op klaar.");
		assertThat(browser.text("section.afspraken table")).doesNotContain("Energieleverancier bellen");

		browser.tabTo("#meldcode-toelichting", 80);
		browser.pressKey("Besproken met de aandachtsfunctionaris");
		browser.tabTo("section#meldcode form button[type=submit]", 5);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.findElements(By.cssSelector(".alert-success")).size() == 1
				&& d.findElement(By.id("meldcode")).getText().contains("Stap 3 van 5"));
		assertThat(browser.text("section#meldcode")).contains("Besproken met de aandachtsfunctionaris");
		browser.assertAccessible();

		browser.script(
				"const f = document.querySelector('section#meldcode form'); f.noValidate = true;"
						+ " document.getElementById('meldcode-datum').value = arguments[0]; f.requestSubmit();",
				vandaag.plusDays(3).toString());
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.text("#foutoverzicht")).contains("Deze datum ligt in de toekomst.");
		assertThat(browser.isFocused("#foutoverzicht")).as("the error summary takes focus").isTrue();
		browser.assertAccessible();

		post(browser, "/casussen/" + casus + "/afspraken/" + klaar + "/klaar", "version", "0");
		browser.waitUntil((d) -> d.findElement(By.tagName("h1")).getText().startsWith("Afspraken van"));
		assertThat(browser.text("#foutoverzicht")).contains("Deze afspraak is al klaar.");
		browser.assertAccessible();

		post(browser, "/casussen/" + casus + "/gesprekken/" + derde + "/verstuurd", "op",
				vandaag.plusDays(1).toString());
		browser.waitUntil((d) -> !d.findElements(By.id("op-fout")).isEmpty());
		assertThat(browser.text("#foutoverzicht")).contains("Deze datum ligt in de toekomst.")
			.contains("Kies hoe de inwoner het verslag kreeg.");
		browser.assertAccessible();
	}

	/** Posts a form the way a stale or crafted page would, with the page's CSRF token. */
	private static void post(Browser browser, String pad, String... velden) {
		browser.script("""
				const f = document.createElement('form');
				f.method = 'post';
				f.action = arguments[0];
				const velden = arguments[1].concat(['_csrf', document.querySelector('input[name=_csrf]').value]);
				for (let i = 0; i < velden.length; i += 2) {
				  const v = document.createElement('input');
				  v.type = 'hidden';
				  v.name = velden[i];
				  v.value = velden[i + 1];
				  f.appendChild(v);
				}
				document.body.appendChild(f);
				f.submit();
				""", pad, java.util.List.of(velden));
	}

	private long gebruiker() {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(Demo.WIJKWERKER)
			.query(Long.class)
			.single();
	}

	private long gesprek(long casus, LocalDate datum) {
		return this.jdbc.sql("""
				insert into gesprek (casus_id, auteur_gebruiker_id, datum, locatie, deelnemers, verslag, vastgelegd_op)
				values (?, ?, ?, 'THUIS', array['INWONER']::varchar(30)[], 'Gesprek over de post', now())
				returning id
				""").params(casus, gebruiker(), Date.valueOf(datum)).query(Long.class).single();
	}

	private void zrm(long gesprek, String domein, int score, Integer doel) {
		this.jdbc.sql("insert into gesprek_zrm (gesprek_id, domein, score, doel) values (?, ?, ?, ?)")
			.params(gesprek, domein, score, doel)
			.update();
	}

	private long afspraak(long casus, long gesprek, String omschrijving, LocalDate deadline, boolean klaar) {
		return this.jdbc.sql("""
				insert into afspraak (casus_id, gesprek_id, omschrijving, wie, deadline, status, klaar_op)
				values (?, ?, ?, 'INWONER', ?, ?, ?) returning id
				""")
			.params(casus, gesprek, omschrijving, (deadline != null) ? Date.valueOf(deadline) : null,
					klaar ? "KLAAR" : "OPEN",
					klaar ? Date.valueOf(LocalDate.now(ClockConfiguration.ZONE).minusDays(1)) : null)
			.query(Long.class)
			.single();
	}

}
