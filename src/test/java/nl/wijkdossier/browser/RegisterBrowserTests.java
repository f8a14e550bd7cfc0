package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.spreekuur.SessieRegisterFixture;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session register in a real browser, as a wijkwerker at a busy walk-in hour uses it:
 * five visitors registered with the keyboard alone (type a letter, Tab, Enter), each line
 * in the list at once and the focus back on the first field; the last line undone; WCAG
 * 2.1 AA with zero axe violations, also with a refused line's errors on screen.
 */
@BrowserTest
class RegisterBrowserTests {

	private final CasusFixtures casussen;

	private final SessieRegisterFixture fixture;

	private final JdbcClient jdbc;

	@Autowired
	RegisterBrowserTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SessieRegisterFixture(jdbc);
	}

	@Test
	void aWijkwerkerRegistersFiveVisitorsWithTheKeyboardAloneAndUndoesTheLast(Browser browser) {
		long sessie = this.fixture.sessieNu(this.casussen.teamVan(Demo.WIJKWERKER));
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/spreekuren/sessies/" + sessie);
		assertThat(browser.text("h1")).contains("Buurthuis De Schakel");
		assertThat(browser.isFocused("#onderwerp")).as("het eerste veld heeft de focus").isTrue();
		browser.assertAccessible();

		// 1: a topic and Enter; the result and the duration keep their defaults
		browser.pressKey("w");
		browser.pressKey(Keys.ENTER);
		wachtOpRegel(browser, 1);

		// 2: topic, Tab to the result, its first letter, Tab to the duration, type it,
		// Enter
		browser.pressKey("t");
		browser.pressKey(Keys.TAB);
		browser.pressKey("v");
		browser.pressKey(Keys.TAB);
		assertThat(browser.isFocused("#duurMinuten")).as("doorverwezen niet gekozen: meteen de duur").isTrue();
		browser.pressKey("25");
		browser.pressKey(Keys.ENTER);
		wachtOpRegel(browser, 2);

		// 3: arrow up in the duration steps to the next preset (10 -> 15)
		browser.pressKey("s");
		browser.tabTo("#duurMinuten", 3);
		browser.pressKey(Keys.ARROW_UP);
		browser.pressKey(Keys.ENTER);
		wachtOpRegel(browser, 3);

		// 4: with a note
		browser.pressKey("e");
		browser.tabTo("#notitie", 4);
		browser.pressKey("Komt volgende week terug met de brief");
		browser.pressKey(Keys.ENTER);
		wachtOpRegel(browser, 4);

		// 5: first-letter typing in the result group: from vervolgafspraak "a" is
		// aanmelding, "a" again afgehandeld
		browser.pressKey("o");
		browser.pressKey(Keys.TAB);
		browser.pressKey(Keys.ARROW_RIGHT);
		browser.pressKey("a");
		assertThat(browser.focused().getAttribute("value")).isEqualTo("AANMELDING");
		browser.pressKey("a");
		assertThat(browser.focused().getAttribute("value")).isEqualTo("AFGEHANDELD");
		browser.pressKey(Keys.ENTER);
		wachtOpRegel(browser, 5);

		assertThat(browser.text("#totaal-aantal")).isEqualTo("5");
		assertThat(browser.text("#regel-1")).contains("wonen").contains("afgehandeld").contains("10 min.");
		assertThat(browser.text("#regel-2")).contains("toeslagen en belasting")
			.contains("vervolgafspraak")
			.contains("25 min.");
		assertThat(browser.text("#regel-3")).contains("schulden en geldzaken").contains("15 min.");
		assertThat(browser.text("#regel-4")).contains("eenzaamheid en contact")
			.contains("Komt volgende week terug met de brief");
		assertThat(browser.text("#regel-5")).contains("overig").contains("afgehandeld");
		assertThat(browser.text("#register-status")).contains("Bezoek 5 is geregistreerd.");
		assertThat(this.fixture.bezoeken(sessie)).isEqualTo(5);
		browser.assertAccessible();

		// undo the last line: Tab to the button, Enter
		browser.tabTo("#intrekken", 40);
		assertThat(browser.focused().getText()).contains("nr. 5");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.findElement(By.id("totaal-aantal")).getText().equals("4"));
		assertThat(browser.text("#regel-5")).contains("ingetrokken");
		assertThat(browser.text("#register-status")).contains("Regel 5 is ingetrokken.");
		assertThat(browser.text("#intrekken")).contains("nr. 4");
		browser.waitUntil((d) -> browser.isFocused("#onderwerp"));
		assertThat(this.fixture.bezoeken(sessie)).isEqualTo(4);
		browser.assertAccessible();

		// a refused line: its errors next to the fields, announced first, and still
		// accessible
		browser.tabTo("#duurMinuten", 4);
		browser.pressKey("500");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> !d.findElements(By.cssSelector("#invoer #foutoverzicht")).isEmpty());
		assertThat(browser.text("#foutoverzicht")).contains("Kies het onderwerp van het bezoek.")
			.contains("Vul de duur in als een heel aantal minuten");
		assertThat(browser.find("#duurMinuten").getAttribute("aria-describedby")).contains("duurMinuten-fout");
		assertThat(browser.isFocused("#foutoverzicht")).isTrue();
		assertThat(this.fixture.alleBezoeken(sessie)).isEqualTo(5);
		browser.assertAccessible();
	}

	private static void wachtOpRegel(Browser browser, int nummer) {
		browser.waitUntil((d) -> !d.findElements(By.id("regel-" + nummer)).isEmpty());
		assertThat(browser.text("#totaal-aantal")).isEqualTo(String.valueOf(nummer));
		browser.waitUntil((d) -> browser.isFocused("#onderwerp"));
	}

}
