package nl.wijkdossier.browser;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Maatwerkbudget in a real browser: a wijkwerker records a spending on a dossier and the
 * gemeente sets a team's budget on {@code /budget}, both with the keyboard alone, and
 * both pages (the refused form included) meet WCAG 2.1 AA.
 */
@BrowserTest
class BudgetBrowserTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	BudgetBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void aWijkwerkerRecordsASpendingOnTheDossierWithTheKeyboard(Browser browser) {
		long casus = this.fixtures.casus(this.fixtures.inwoner().id(), this.fixtures.teamVan(Demo.WIJKWERKER))
			.inBehandeling(this.fixtures.medewerkerVan(Demo.WIJKWERKER))
			.dagenGeleden(30)
			.opslaan();
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/casussen/" + casus);
		assertThat(browser.text("#maatwerkbudget-titel")).isEqualTo("Maatwerkbudget");
		browser.assertAccessible();

		browser.tabTo("#maatwerk-bedrag", 400);
		browser.pressKey("85,50");
		browser.pressKey(Keys.TAB);
		browser.pressKey("Vervoer");
		browser.tabTo("#maatwerk-reden", 6);
		browser.pressKey("Tweedehands fiets naar de dagbesteding");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.findElement(By.cssSelector(".maatwerk-tabel tbody tr")));
		assertThat(browser.text(".maatwerk-tabel tbody tr")).contains("€ 85,50", "Vervoer en mobiliteit",
				"Tweedehands fiets naar de dagbesteding");
		assertThat(browser.text("[role=status]")).contains("De uitgave is vastgelegd.");
		browser.assertAccessible();

		browser.tabTo("details.maatwerk-intrekken summary", 400);
		browser.pressKey(Keys.ENTER);
		browser.pressKey(Keys.TAB);
		browser.pressKey("Dubbel vastgelegd");
		WebElement oud = browser.find("main");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil(ExpectedConditions.stalenessOf(oud));
		browser.waitUntil((d) -> d.findElement(By.cssSelector(".maatwerk-tabel tbody tr.ingetrokken")));
		assertThat(browser.text(".maatwerk-tabel tbody tr")).contains("Ingetrokken", "Dubbel vastgelegd");
		browser.assertAccessible();
	}

	@Test
	void theGemeenteSetsABudgetWithTheKeyboard(Browser browser) {
		long team = this.fixtures.nieuwTeam().teamId();
		int jaar = java.time.LocalDate.now(ClockConfiguration.ZONE).getYear() + 1;
		browser.logIn(Demo.GEMEENTE, Demo.WACHTWOORD);
		browser.open("/budget?jaar=" + jaar);
		assertThat(browser.text("h1")).isEqualTo("Maatwerkbudget " + jaar);
		browser.assertAccessible();

		browser.tabTo("#bedrag-" + team, 400);
		browser.pressKey("twaalf");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.findElement(By.id("foutoverzicht")));
		assertThat(browser.text("#foutoverzicht")).contains("Vul een bedrag in euro in");
		browser.assertAccessible();

		browser.tabTo("#bedrag-" + team, 400);
		browser.pressKey(Keys.END);
		for (int i = 0; i < "twaalf".length(); i++) {
			browser.pressKey(Keys.BACK_SPACE);
		}
		browser.pressKey("12.500,00");
		WebElement oud = browser.find("main");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil(ExpectedConditions.stalenessOf(oud));
		browser.waitUntil((d) -> !d.findElements(By.cssSelector("[role=status], #foutoverzicht")).isEmpty());
		assertThat(browser.text("main")).contains("Het budget is opgeslagen.");
		assertThat(browser.find("#bedrag-" + team).getDomProperty("value")).isEqualTo("12.500,00");
		assertThat(this.jdbc.sql("select bedrag from maatwerkbudget where team_id = ? and jaar = ?")
			.params(team, jaar)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("12500");
		browser.assertAccessible();

		browser.resize(360, 800);
		browser.open("/budget?jaar=" + jaar);
		browser.assertReflows();
	}

}
