package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spreekuren in a real browser: the week overview of a wijkwerker and of a manager, the
 * schedule and its exceptions, and the public timetable meet WCAG 2.1 AA; a resident
 * finds her team by postcode with the keyboard alone, without logging in.
 */
@BrowserTest
class SpreekuurBrowserTests {

	@Test
	void theWeekOverviewMeetsWcag21AAForAWijkwerkerAndAManager(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/spreekuren");
		assertThat(browser.text("main")).contains("Buurthuis De Schakel Stad Centrum").contains("U hebt dienst");
		browser.assertAccessible();
		browser.resize(360, 800);
		browser.assertReflows();
		browser.resize(1280, 900);
	}

	@Test
	void theManagersPagesMeetWcag21AA(Browser browser) {
		browser.logIn(Demo.MANAGER, Demo.WACHTWOORD);
		assertThat(browser.text("main")).contains("Spreekuren zonder bezetting (komende 14 dagen)");
		browser.assertAccessible();
		browser.open("/spreekuren");
		assertThat(browser.text("main")).contains("Nog niemand ingeroosterd");
		browser.assertAccessible();
		browser.find(".onbezet a").click();
		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/rooster"));
		browser.assertAccessible();
		browser.open("/spreekuren/schema");
		browser.assertAccessible();
		browser.open("/spreekuren/schema/nieuw");
		browser.script("const f = document.querySelector('main form'); f.noValidate = true;"
				+ " document.getElementById('eindtijd').value = '08:00'; f.requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(org.openqa.selenium.By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#eindtijd").getAttribute("aria-describedby")).contains("eindtijd-fout");
		browser.assertAccessible();
		browser.open("/spreekuren/uitzonderingen");
		browser.assertAccessible();
	}

	@Test
	void aResidentFindsHerTeamByPostcodeWithTheKeyboardAloneWithoutLoggingIn(Browser browser) {
		browser.open("/openbaar/spreekuren");
		assertThat(browser.text("h1")).isEqualTo("Spreekuren van de wijkteams");
		browser.assertAccessible();
		browser.tabTo("#postcode", 10);
		browser.pressKey("1331 AB");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("postcode="));
		assertThat(browser.text("#zoek-uitkomst")).contains("hoort bij Wijkteam Haven");
		assertThat(browser.text("section.uw-wijk h3")).contains("Wijkteam Haven");
		browser.assertAccessible();

		browser.tabTo("#postcode", 10);
		for (int i = 0; i < 10; i++) {
			browser.pressKey(Keys.BACK_SPACE);
		}
		browser.pressKey("12AB");
		browser.tabTo("main form button[type=submit]", 3);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("postcode=12AB"));
		assertThat(browser.text("#zoek-uitkomst")).contains("is geen geldige postcode");
		browser.assertAccessible();
		browser.resize(360, 800);
		browser.assertReflows();
		browser.resize(1280, 900);
	}

}
