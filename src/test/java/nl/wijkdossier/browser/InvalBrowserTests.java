package nl.wijkdossier.browser;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cover in a real browser: a manager registers an absence (after a refused first try),
 * appoints the suggested invaller with the keyboard, the invaller logs in, finds the
 * absent colleague's case on her page and opens it; every page on the way meets WCAG 2.1
 * AA. A team of its own, in a cluster of its own, so the demo stays as it is.
 */
@BrowserTest
class InvalBrowserTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final OrganisatieBeheer beheer;

	@Autowired
	InvalBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.beheer = beheer;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void registerAbsenceAppointTheSuggestedInvallerWhoOpensTheCase(Browser browser) {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		CasusFixtures.NieuwTeam nieuw = this.fixtures.nieuwTeam();
		String manager = this.fixtures.manager(nieuw.partnerId());
		long managerId = this.fixtures.medewerkerVan(manager);
		this.beheer.zetManager(nieuw.teamId(), managerId);
		long anderTeam = this.fixtures.team(nieuw.clusterId(), managerId);
		String afwezige = this.fixtures.wijkwerker(nieuw.partnerId(), nieuw.teamId());
		String teamgenoot = this.fixtures.wijkwerker(nieuw.partnerId(), nieuw.teamId());
		String invaller = this.fixtures.wijkwerker(nieuw.partnerId(), anderTeam);
		CasusFixtures.Inwoner inwoner = this.fixtures.inwoner();
		long casus = this.fixtures.casus(inwoner.id(), nieuw.teamId())
			.inBehandeling(this.fixtures.medewerkerVan(afwezige))
			.opslaan();
		for (int i = 0; i < 3; i++) {
			this.fixtures.casus(this.fixtures.inwoner().id(), nieuw.teamId())
				.inBehandeling(this.fixtures.medewerkerVan(teamgenoot))
				.opslaan();
		}

		browser.logIn(manager, Demo.WACHTWOORD);
		browser.open("/afwezigheid");
		assertThat(browser.text("h1")).isEqualTo("Afwezigheid en invallen");
		browser.assertAccessible();
		browser.tabTo("main a[href='/afwezigheid/nieuw']", 30);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/afwezigheid/nieuw"));
		browser.assertAccessible();

		browser.script("const f = document.querySelector('main form'); f.noValidate = true; f.requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#tot").getAttribute("aria-describedby")).contains("tot-fout");
		assertThat(browser.text("#soort-fout")).isEqualTo("Kies de soort afwezigheid.");
		browser.assertAccessible();

		new Select(browser.find("#medewerkerId")).selectByValue(String.valueOf(this.fixtures.medewerkerVan(afwezige)));
		browser.tabTo("#soort", 10);
		browser.pressKey(Keys.SPACE);
		browser.script(
				"document.getElementById('van').value = arguments[0];"
						+ " document.getElementById('tot').value = arguments[1];",
				vandaag.toString(), vandaag.plusDays(4).toString());
		browser.tabTo("main form button[type=submit]", 10);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().matches(".*/afwezigheid/\\d+$"));
		long afwezigheid = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/", ""));
		assertThat(browser.text("main [role=status]")).isEqualTo("Afwezigheid geregistreerd.");
		assertThat(browser.text("main")).contains("is regievoerder van 1 open casus");
		browser.assertAccessible();

		String eerste = browser.find("#kandidaten .kandidaat label").getText();
		assertThat(eerste).startsWith("Test " + invaller).contains("Voorstel");
		browser.tabTo("#invallerId", 40);
		browser.pressKey(Keys.SPACE);
		assertThat(browser.find("#invallerId").isSelected()).isTrue();
		browser.tabTo(".inval-formulier button[type=submit]", 10);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.cssSelector("table.invallen")).isEmpty());
		assertThat(browser.text("table.invallen tbody")).contains("Test " + invaller);
		browser.assertAccessible();
		browser.resize(360, 800);
		browser.assertReflows();
		browser.resize(1280, 1000);

		browser.forgetSession();
		browser.logIn(invaller, Demo.WACHTWOORD);
		browser.open("/afwezigheid");
		assertThat(browser.text("main")).contains("Ik val in voor").contains("Test " + afwezige);
		browser.assertAccessible();
		browser.open("/inval");
		assertThat(browser.text("h2")).startsWith("U valt in voor Test " + afwezige);
		browser.assertAccessible();
		browser.tabTo("main a[href='/casussen/" + casus + "']", 30);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/casussen/" + casus));
		assertThat(browser.text("h1")).contains(inwoner.naam());
		assertThat(browser.text(".bezetting-dossier")).contains("U valt in.").doesNotContain("Vakantie");
		browser.assertAccessible();

		this.jdbc.sql("delete from inval where afwezigheid_id = ?").param(afwezigheid).update();
		this.jdbc.sql("delete from afwezigheid where id = ?").param(afwezigheid).update();
	}

}
