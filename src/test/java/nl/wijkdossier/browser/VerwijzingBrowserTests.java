package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referring in a real browser: the picker meets WCAG 2.1 AA, searching swaps the options
 * while typing, an entry is chosen and the referral sent with the keyboard alone; the
 * questions for the Sociaal Stedelijk Team appear only when it is chosen; the sociale
 * kaart's beheer pages meet WCAG 2.1 AA too, also with errors.
 */
@BrowserTest
class VerwijzingBrowserTests {

	private final CasusFixtures fixtures;

	@Autowired
	VerwijzingBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	private long casus() {
		return this.fixtures.casus(this.fixtures.inwoner().id(), this.fixtures.teamVan(Demo.WIJKWERKER))
			.inBehandeling(this.fixtures.medewerkerVan(Demo.WIJKWERKER))
			.opslaan();
	}

	@Test
	void aWijkwerkerSearchesChoosesAndSendsAReferralWithTheKeyboardAlone(Browser browser) {
		long casus = casus();
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/casussen/" + casus + "/verwijzingen/nieuw");
		assertThat(browser.text("#keuzes")).contains("In de wijk (Wijkteam Stad Centrum)");
		assertThat(browser.find("#sst").isDisplayed()).as("SST-vragen verborgen zonder keuze").isFalse();
		browser.assertAccessible();

		browser.tabTo("#zoek-q", 40);
		browser.pressKey("taalcaf");
		browser.waitUntil((d) -> d.findElement(By.id("keuzes")).getText().contains("In andere wijken"));
		assertThat(browser.text("#keuzes-aantal")).contains("voorzieningen");
		assertThat(browser.text("#keuzes")).doesNotContain("Repair Caf\u00E9");

		browser.tabTo("input[name=voorzieningId]", 5);
		browser.pressKey(Keys.SPACE);
		assertThat(browser.focused().isSelected()).isTrue();
		assertThat(browser.focused().getAttribute("data-soort")).isEqualTo("GROEPSACTIVITEIT");
		browser.tabTo("#reden", 5);
		browser.pressKey("Wil Nederlands oefenen en mensen ontmoeten.");
		browser.tabTo("#verwijzing-form button[type=submit]", 5);
		browser.pressKey(Keys.ENTER);

		browser.waitUntil((d) -> d.getCurrentUrl().matches(".*/casussen/" + casus + "/verwijzingen/\\d+$"));
		assertThat(browser.text("main")).contains("Taalcaf\u00E9 Stad Centrum")
			.contains("Verstuurd")
			.contains("Wil Nederlands oefenen en mensen ontmoeten.");
		browser.assertAccessible();
		String verwijzing = browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", "");

		browser.open("/casussen/" + casus);
		assertThat(browser.text("#verwijzingen")).contains("Taalcaf\u00E9 Stad Centrum").contains("Verstuurd");
		browser.assertAccessible();

		// the answer without its reason: the errors are accessible too
		browser.open(verwijzing);
		browser.script("document.getElementById('antwoord-afgewezen').click();"
				+ " document.querySelector('form[action$=\"/antwoord\"]').requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#afwijsreden").getAttribute("aria-describedby")).contains("afwijsreden-fout");
		browser.assertAccessible();
	}

	@Test
	void theSociaalStedelijkTeamQuestionsShowOnlyWhenItIsChosen(Browser browser) {
		long casus = casus();
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/casussen/" + casus + "/verwijzingen/nieuw?soort=SOCIAAL_STEDELIJK_TEAM");
		assertThat(browser.find("#sst").isDisplayed()).isFalse();
		browser.find("input[name=voorzieningId][data-soort=SOCIAAL_STEDELIJK_TEAM]").click();
		assertThat(browser.find("#sst").isDisplayed()).isTrue();
		browser.script("const f = document.getElementById('verwijzing-form'); f.requestSubmit();");

		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#sst").isDisplayed()).as("fouten blijven zichtbaar").isTrue();
		assertThat(browser.text("#foutoverzicht")).contains("Kies het specialisme")
			.contains("Vul de reden van de verwijzing in");
		browser.assertAccessible();
	}

	@Test
	void theSocialeKaartBeheerPagesMeetWcag21AA(Browser browser) {
		browser.logIn(Demo.BEHEER, Demo.WACHTWOORD);
		browser.open("/beheer/sociale-kaart");
		assertThat(browser.text("main")).contains("Expertisecentrum Mantelzorg Polderstad");
		browser.assertAccessible();

		browser.open("/beheer/sociale-kaart/nieuw");
		browser.assertAccessible();
		browser.script("const f = document.querySelector('main form'); f.noValidate = true;"
				+ " document.getElementById('website').value = 'www.zonder-schema.example'; f.requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#website").getAttribute("aria-describedby")).contains("website-fout");
		browser.assertAccessible();
	}

}
