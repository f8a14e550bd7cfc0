package nl.wijkdossier.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keukentafelgesprek in a real browser, with the keyboard only: from the dossier of a
 * waiting case to the finalised conversation (report, a ZRM score, an agreement), the
 * autosave's status along the way, a refused form, and zero WCAG 2.1 AA violations on the
 * form, the form with its errors and the conversation page.
 */
@BrowserTest
class GesprekBrowserTests {

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	@Autowired
	GesprekBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void aWijkwerkerLogsAWholeConversationWithTheKeyboardOnly(Browser browser) {
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner("Gerda", CasusFixtures.uniekeAchternaam());
		long casusId = this.casussen.casus(inwoner.id(), this.casussen.teamVan(Demo.WIJKWERKER))
			.opWachtlijst()
			.dagenGeleden(20)
			.domeinen(ZrmDomein.FINANCIEN, ZrmDomein.SOCIAAL_NETWERK)
			.opslaan();
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);

		browser.open("/casussen/" + casusId);
		browser.tabTo("#gesprek-vastleggen", 120);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/gesprekken/nieuw"));
		assertThat(browser.text("main h1")).contains(inwoner.naam());
		browser.assertAccessible();

		browser.tabTo("#verslag", 60);
		browser.focused()
			.sendKeys("Mevrouw vertelt dat de post zich opstapelt sinds haar man is overleden.", Keys.ENTER,
					"Ze wil graag hulp bij het ordenen van de rekeningen.");
		browser.pressKey(Keys.TAB);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(25))
			.until((d) -> d.findElement(By.id("concept-status")).getText().startsWith("Concept opgeslagen om"));

		browser.tabTo("#sectie-zrm > summary", 40);
		browser.pressKey(Keys.ENTER);
		browser.tabTo("[id='zrmScore[FINANCIEN]']", 10);
		browser.focused().sendKeys("3");
		assertThat(browser.find("[id='zrmScore[FINANCIEN]']").getAttribute("value")).isEqualTo("3");

		browser.tabTo("#sectie-afspraken > summary", 30);
		browser.pressKey(Keys.ENTER);
		browser.tabTo("[id='afspraken[0].omschrijving']", 10);
		browser.focused().sendKeys("Samen de post openen");
		browser.pressKey(Keys.TAB);
		browser.focused().sendKeys("w");
		assertThat(browser.find("[id='afspraken[0].wie']").getAttribute("value")).isEqualTo("WIJKWERKER");

		browser.tabTo("#vastleggen", 40);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().matches(".*/casussen/" + casusId + "/gesprekken/\\d+$"));
		assertThat(browser.text(".alert-success")).isEqualTo("Het gesprek is vastgelegd.");
		assertThat(browser.text("main")).contains("Mevrouw vertelt dat de post zich opstapelt")
			.contains("3 \u2013 beperkt zelfredzaam")
			.contains("Eerste meting")
			.contains("Samen de post openen");
		browser.assertAccessible();

		assertThat(this.casussen.status(casusId)).isEqualTo("IN_BEHANDELING");
		assertThat(this.casussen.regievoerder(casusId)).isEqualTo(this.casussen.medewerkerVan(Demo.WIJKWERKER));
		assertThat(this.jdbc.sql("select count(*) from gesprek_concept where casus_id = ?")
			.param(casusId)
			.query(Integer.class)
			.single()).as("het concept is opgeruimd").isZero();
		browser.open("/wachtlijst");
		assertThat(browser.text("main")).doesNotContain(inwoner.achternaam());
	}

	@Test
	void aRefusedFormShowsItsErrorsAccessiblyAndKeepsWhatWasTyped(Browser browser) {
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner();
		long casusId = this.casussen.casus(inwoner.id(), this.casussen.teamVan(Demo.WIJKWERKER)).wmo().opslaan();
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/casussen/" + casusId + "/gesprekken/nieuw");
		browser.tabTo("#sectie-signalen > summary", 80);
		browser.pressKey(Keys.ENTER);
		browser.tabTo("#mantelzorgerAanwezig1", 10);
		browser.pressKey(Keys.SPACE);
		browser.tabTo("#edizScore", 10);
		browser.focused().sendKeys("12");
		browser.tabTo("#vastleggen", 40);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.text("#foutoverzicht")).contains("Schrijf het verslag van het gesprek.")
			.contains("Vul de naam van de mantelzorger in.");
		assertThat(browser.isFocused("#foutoverzicht")).isTrue();
		assertThat(browser.find("#edizScore").getAttribute("value")).isEqualTo("12");
		assertThat(browser.find("#verslag").getAttribute("aria-describedby")).contains("verslag-fout");
		browser.assertAccessible();
		assertThat(this.jdbc.sql("select count(*) from gesprek where casus_id = ?")
			.param(casusId)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anExpiredSessionKeepsTheTextAndSavesItAfterLoggingInOnThePage(Browser browser) {
		CasusFixtures.Inwoner inwoner = this.casussen.inwoner();
		long casusId = this.casussen.casus(inwoner.id(), this.casussen.teamVan(Demo.WIJKWERKER)).opslaan();
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/casussen/" + casusId + "/gesprekken/nieuw");
		browser.tabTo("#verslag", 60);
		browser.focused().sendKeys("Een lang verhaal over de buurt");
		browser.driver().manage().deleteCookieNamed("JSESSIONID");
		browser.pressKey(Keys.TAB);
		browser.waitUntil((d) -> d.findElement(By.id("herlogin")).isDisplayed());
		assertThat(browser.text("#sessie-melding"))
			.isEqualTo("Uw sessie is verlopen. Uw tekst staat nog hier. Log opnieuw in om op te slaan.");
		assertThat(browser.find("#verslag").getAttribute("value")).isEqualTo("Een lang verhaal over de buurt");
		browser.assertAccessible();
		assertThat(concepten(casusId)).isZero();

		browser.tabTo("#herlogin-gebruikersnaam", 80);
		browser.focused().sendKeys(Demo.WIJKWERKER);
		browser.pressKey(Keys.TAB);
		browser.focused().sendKeys(Demo.WACHTWOORD, Keys.ENTER);
		new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
			.until((d) -> d.findElement(By.id("concept-status")).getText().startsWith("Concept opgeslagen om"));
		assertThat(browser.find("#herlogin").isDisplayed()).isFalse();
		assertThat(browser.text("#sessie-melding")).isEmpty();
		assertThat(concepten(casusId)).isEqualTo(1);
		assertThat(this.jdbc.sql("select inhoud::text from gesprek_concept where casus_id = ?")
			.param(casusId)
			.query(String.class)
			.single()).contains("Een lang verhaal over de buurt");
	}

	private int concepten(long casusId) {
		return this.jdbc.sql("select count(*) from gesprek_concept where casus_id = ?")
			.param(casusId)
			.query(Integer.class)
			.single();
	}

}
