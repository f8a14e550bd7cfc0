package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's levers in a real browser, with the keyboard alone: from the wachtlijst to
 * the clusterwachtlijst, a waiting case moved to another team of the cluster with a
 * reason; on a dossier the regie transferred to a colleague; the bulk transfer page and
 * the pages that show a refused form — every page with zero WCAG 2.1 AA violations.
 */
@BrowserTest
class RegieEnClusterBrowserTests {

	private final JdbcClient jdbc;

	private final OrganisatieBeheer beheer;

	private final CasusFixtures fixtures;

	@Autowired
	RegieEnClusterBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.beheer = beheer;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void theManagerMovesACaseWithinTheClusterAndTransfersRegieWithTheKeyboard(Browser browser) {
		CasusFixtures.NieuwTeam a = this.fixtures.nieuwTeam();
		String manager = this.fixtures.manager(a.partnerId());
		long managerId = this.fixtures.medewerkerVan(manager);
		this.beheer.zetManager(a.teamId(), managerId);
		long team2 = this.fixtures.team(a.clusterId(), managerId);
		String werker = this.fixtures.wijkwerker(a.partnerId(), a.teamId());
		String collega = this.fixtures.wijkwerker(a.partnerId(), a.teamId());
		this.fixtures.wijkwerker(a.partnerId(), team2);
		CasusFixtures.Inwoner wacht = this.fixtures.inwoner();
		long wachtend = this.fixtures.casus(wacht.id(), a.teamId()).opWachtlijst().wmo().dagenGeleden(12).opslaan();
		long inBehandeling = this.fixtures.casus(this.fixtures.inwoner().id(), a.teamId())
			.inBehandeling(this.fixtures.medewerkerVan(werker))
			.opslaan();

		browser.logIn(manager, Demo.WACHTWOORD);
		browser.open("/wachtlijst");
		browser.assertAccessible();
		browser.tabTo("main a[href='/wachtlijst/cluster']", 60);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/wachtlijst/cluster"));
		assertThat(browser.text("main")).contains(wacht.naam());
		browser.assertAccessible();

		browser.tabTo("a[href^='/casussen/" + wachtend + "/team']", 80);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("/casussen/" + wachtend + "/team"));
		browser.assertAccessible();
		browser.tabTo("#teamId", 60);
		browser.pressKey(Keys.ARROW_DOWN);
		assertThat(new Select(browser.find("#teamId")).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(String.valueOf(team2));
		browser.tabTo("#reden", 5);
		browser.pressKey("Team 1 is vol; team 2 heeft ruimte");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/wachtlijst/cluster")
				&& !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		assertThat(teamVan(wachtend)).isEqualTo(team2);
		browser.assertAccessible();

		browser.open("/casussen/" + inBehandeling);
		browser.tabTo("#regie-medewerker", 120);
		browser.pressKey(Keys.ARROW_DOWN);
		assertThat(new Select(browser.find("#regie-medewerker")).getFirstSelectedOption().getText())
			.isEqualTo("Test " + collega);
		browser.tabTo("#regie-reden", 5);
		browser.pressKey("Werker vertrekt naar een ander team");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		assertThat(browser.text("main")).contains("Regie overgedragen",
				"van Test " + werker + " naar Test " + collega + " \u2014 Werker vertrekt naar een ander team");
		assertThat(this.fixtures.regievoerder(inBehandeling)).isEqualTo(this.fixtures.medewerkerVan(collega));
		browser.assertAccessible();

		browser.open("/casussen/" + inBehandeling + "/team");
		browser.assertAccessible();
		browser.script("const f = document.querySelector('main form[action$=\"/team\"]'); f.noValidate = true;"
				+ " f.requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#reden").getAttribute("aria-describedby")).contains("reden-fout");
		browser.assertAccessible();

		browser.open("/regie/overdragen?van=" + this.fixtures.medewerkerVan(collega));
		browser.waitUntil((d) -> d.findElement(By.id("kies-alle")).isDisplayed());
		browser.assertAccessible();
		browser.tabTo("#kies-alle", 60);
		browser.pressKey(Keys.SPACE);
		assertThat(browser.find("input[name=casusIds][value='" + inBehandeling + "']").isSelected()).isTrue();
		browser.script("const f = document.getElementById('overdracht-formulier'); f.noValidate = true;"
				+ " f.requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.text("#foutoverzicht")).contains("Kies de medewerker die de regie overneemt.",
				"Geef de reden van de overdracht.");
		assertThat(browser.find("input[name=casusIds][value='" + inBehandeling + "']").isSelected()).isTrue();
		browser.assertAccessible();
	}

	private long teamVan(long casus) {
		return this.jdbc.sql("select team_id from casus where id = ?").param(casus).query(Long.class).single();
	}

}
