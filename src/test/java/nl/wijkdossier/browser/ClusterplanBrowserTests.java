package nl.wijkdossier.browser;

import java.sql.Timestamp;
import java.time.Instant;

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
 * The cluster plan in a real browser, with the keyboard alone: the gemeente goes from her
 * home to the plans, draws up a plan with a target, is told next to the field when a
 * target is out of range, adopts a second version and sees it in the history; an older
 * version and the conflict after someone else adopted a version meanwhile — every page
 * with zero WCAG 2.1 AA violations.
 */
@BrowserTest
class ClusterplanBrowserTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	ClusterplanBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void theGemeenteAdoptsAPlanWithATargetAndSeesTheNewVersionInTheHistory(Browser browser) {
		long cluster = this.fixtures.nieuwTeam().clusterId();
		browser.logIn(Demo.GEMEENTE, Demo.WACHTWOORD);
		browser.tabTo("#naar-clusterplannen", 60);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/clusterplannen"));
		assertThat(browser.text("h1")).isEqualTo("Clusterplannen");
		assertThat(browser.text("#clusterplannen tr[data-cluster='" + cluster + "']")).contains("Nog geen plan");
		browser.assertAccessible();

		browser.tabTo("a[href='/clusterplannen/" + cluster + "/bewerken']", 120);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/clusterplannen/" + cluster + "/bewerken"));
		browser.assertAccessible();
		browser.tabTo("#visie", 40);
		browser.pressKey("Eén team met vier voordeuren.");
		browser.pressKey(Keys.ENTER);
		browser.pressKey("Informeel eerst.");
		browser.tabTo("#opgaven", 5);
		browser.pressKey("De wachtlijst terugdringen.");
		browser.tabTo("#beoogdeOntwikkeling", 5);
		browser.pressKey("Een gezamenlijke wachtlijst.");
		browser.tabTo("#streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN", 5);
		browser.pressKey("400");
		browser.tabTo("#plan-opslaan", 10);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.text("#streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN-fout")).contains("van 0 tot en met 365");
		assertThat(browser.find("#visie").getDomProperty("value")).as("nothing typed is lost")
			.isEqualTo("Eén team met vier voordeuren.\nInformeel eerst.");
		browser.assertAccessible();

		browser.find("#streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN").clear();
		browser.find("#streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN").sendKeys("35");
		browser.find("#streefwaarde-MAX_MEDIANE_WACHTTIJD_DAGEN").sendKeys(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/clusterplannen/" + cluster)
				&& !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		assertThat(browser.text("#plan-versie")).startsWith("Versie 1");
		assertThat(browser.text("#streefwaarden tbody tr[data-soort=MAX_MEDIANE_WACHTTIJD_DAGEN] td"))
			.isEqualTo("hoogstens 35 dagen");
		assertThat(browser.driver().findElements(By.cssSelector("#historie tbody tr"))).hasSize(1);
		browser.assertAccessible();

		browser.tabTo("#plan-bewerken", 60);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/bewerken"));
		browser.tabTo("#streefwaarde-MIN_AANDEEL_INFORMEEL_PROCENT", 60);
		browser.pressKey("40");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/clusterplannen/" + cluster)
				&& !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		assertThat(browser.text("#plan-versie")).startsWith("Versie 2");
		assertThat(browser.driver().findElements(By.cssSelector("#historie tbody tr"))).hasSize(2);
		assertThat(browser.text("#historie a[aria-current=page]")).isEqualTo("Versie 2");
		assertThat(browser.text("#streefwaarden")).contains("minstens 40%");
		browser.assertAccessible();

		browser.tabTo("#historie a[href$='versie=1']", 80);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("?versie=1"));
		assertThat(browser.text("#oudere-versie")).contains("versie 1");
		browser.assertAccessible();
	}

	@Test
	void aVersionAdoptedMeanwhileIsAnAccessibleConflictThatKeepsHerInput(Browser browser) {
		long cluster = this.fixtures.nieuwTeam().clusterId();
		browser.logIn(Demo.GEMEENTE, Demo.WACHTWOORD);
		browser.open("/clusterplannen/" + cluster + "/bewerken");
		browser.find("#visie").sendKeys("Mijn visie");
		browser.find("#opgaven").sendKeys("Mijn opgaven");
		browser.find("#beoogdeOntwikkeling").sendKeys("Mijn ontwikkeling");
		long gemeente = this.jdbc.sql("select id from gebruiker where gebruikersnaam = 'gemeente'")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into clusterplan_versie (cluster_id, versie, visie, opgaven, beoogde_ontwikkeling,
				                                vastgesteld_op, vastgesteld_door)
				values (?, 1, 'Visie van een collega', 'Opgaven', 'Ontwikkeling', ?, ?)
				""").params(cluster, Timestamp.from(Instant.now()), gemeente).update();
		browser.tabTo("#plan-opslaan", 60);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.id("conflict")).isEmpty());
		assertThat(browser.text("#conflict")).contains("Visie van een collega", "Mijn visie");
		assertThat(browser.find("#visie").getDomProperty("value")).isEqualTo("Mijn visie");
		browser.assertAccessible();
	}

}
