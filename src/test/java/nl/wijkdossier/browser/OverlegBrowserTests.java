package nl.wijkdossier.browser;

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
 * The casuïstiekoverleg in a real browser, with the keyboard: a wijkwerker plans a
 * meeting of her team for today, puts a case on it from the dossier, and records the
 * decision to escalate to the Sociaal Stedelijk Team — every page, also the one with a
 * refused form, meets WCAG 2.1 AA.
 */
@BrowserTest
class OverlegBrowserTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	OverlegBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void planAMeetingPutACaseOnItFromTheDossierAndRecordTheDecisionWithTheKeyboard(Browser browser) {
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = this.fixtures.casus(inwoner.id(), this.fixtures.teamVan(Demo.WIJKWERKER))
			.inBehandeling(this.fixtures.medewerkerVan(Demo.WIJKWERKER))
			.opslaan();
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);

		// plan: the date and time fields get their value as a browser's pickers send it
		browser.open("/overleg");
		browser.assertAccessible();
		browser.tabTo("#datum", 60);
		browser.script("document.getElementById('datum').value = arguments[0];"
				+ " document.getElementById('tijd').value = '23:47';", vandaag.toString());
		browser.tabTo("#locatie", 15);
		browser.pressKey("Teamruimte eerste verdieping");
		browser.tabTo("form[action$='/overleg'] button[type=submit]", 5);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().matches(".*/overleg/\\d+$"));
		long overleg = Long.parseLong(browser.driver().getCurrentUrl().replaceFirst(".*/overleg/", ""));
		assertThat(browser.text("main")).contains("Het overleg is gepland.")
			.contains("Teamruimte eerste verdieping")
			.contains("23:47");
		browser.assertAccessible();

		// put the case on it from the dossier: choose the meeting with the arrow keys
		browser.open("/casussen/" + casus);
		browser.tabTo("#agenderen-overleg", 150);
		long index = (Long) browser.script("return Array.from(document.getElementById('agenderen-overleg').options)"
				+ ".findIndex((o) => o.value === arguments[0]);", String.valueOf(overleg));
		assertThat(index).isNotNegative();
		browser.pressKey(Keys.HOME);
		for (int i = 0; i < index; i++) {
			browser.pressKey(Keys.ARROW_DOWN);
		}
		assertThat(browser.find("#agenderen-overleg").getAttribute("value")).isEqualTo(String.valueOf(overleg));
		browser.tabTo("#agenderen-vraag", 3);
		browser.pressKey("Verward gedrag neemt toe; opschalen?");
		browser.tabTo("#agenderen-form button[type=submit]", 3);
		browser.pressKey(Keys.ENTER);
		browser
			.waitUntil((d) -> d.findElement(By.cssSelector("main")).getText().contains("De casus staat op de agenda."));
		assertThat(browser.text("#casuistiekoverleg")).contains("Op de agenda")
			.contains("Verward gedrag neemt toe; opschalen?");
		browser.assertAccessible();

		// the agenda: to the item, then record the decision
		browser.open("/overleg/" + overleg);
		browser.assertAccessible();
		long punt = this.jdbc.sql("select id from overleg_agendapunt where overleg_id = ? and casus_id = ?")
			.params(overleg, casus)
			.query(Long.class)
			.single();
		browser.tabTo("a[href$='/overleg/" + overleg + "/agenda/" + punt + "']", 60);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.id("bespreking-form")).isEmpty());
		assertThat(browser.find("#sst").isDisplayed()).as("SST-vragen verborgen zonder besluit").isFalse();
		browser.assertAccessible();

		// a refused form first: its errors are accessible too
		browser.tabTo("#bespreking-form button[type=submit]", 60);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.text("#foutoverzicht")).contains("Vul de notities van de bespreking in.")
			.contains("Kies het besluit.");
		browser.assertAccessible();

		browser.find("#notities").click();
		browser.pressKey("Huisarts deelt de zorgen; generalistische aanpak schiet tekort.");
		browser.tabTo("input[name=besluit]", 3);
		browser.pressKey(Keys.SPACE);
		browser.pressKey(Keys.ARROW_DOWN);
		assertThat(browser.find("input[name=besluit][value=OPSCHALEN_SST]").isSelected()).isTrue();
		assertThat(browser.find("#sst").isDisplayed()).isTrue();
		browser.tabTo("#specialisme", 10);
		browser.pressKey(Keys.ARROW_DOWN);
		browser.pressKey(Keys.ARROW_DOWN);
		assertThat(browser.find("#specialisme").getAttribute("value")).isEqualTo("GGZ");
		browser.tabTo("#vraag", 3);
		browser.pressKey("Graag consultatie bij vermoedelijke psychose.");
		browser.tabTo("#bespreking-form button[type=submit]", 10);
		browser.pressKey(Keys.ENTER);

		browser
			.waitUntil((d) -> d.findElement(By.cssSelector("main")).getText().contains("De bespreking is vastgelegd."));
		assertThat(browser.text("main")).contains("Opschalen naar SST")
			.contains("Verwijzing naar het Sociaal Stedelijk Team bekijken");
		browser.assertAccessible();

		browser.open("/casussen/" + casus);
		assertThat(browser.text("main")).contains("besluit Opschalen naar SST")
			.contains("Sociaal Stedelijk Team Polderstad");
		browser.assertAccessible();
	}

}
