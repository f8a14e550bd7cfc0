package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gemeente's dashboard in a real browser: the charts are drawn from the JSON beside
 * them under the strict Content-Security-Policy, the page meets WCAG 2.1 AA, and the
 * period changes with the keyboard alone.
 */
@BrowserTest
class DashboardBrowserTests {

	@Test
	void theDashboardIsAccessibleDrawsItsChartsAndChangesPeriodWithTheKeyboard(Browser browser) {
		browser.logIn(Demo.GEMEENTE, Demo.WACHTWOORD);
		browser.consoleMessages();
		browser.open("/dashboard");
		assertThat(browser.text("h1")).isEqualTo("Dashboard gemeente");
		assertThat(browser.text(".dashboard-bijgewerkt")).matches("Bijgewerkt om \\d\\d:\\d\\d");
		browser.waitUntil((d) -> d.findElements(By.cssSelector("canvas[data-getekend=true]")).size() >= 6);
		browser.assertAccessible();

		browser.tabTo("#periode", 80);
		browser.pressKey(Keys.ARROW_DOWN);
		browser.tabTo("form.dashboard-periode button[type=submit]", 10);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("periode=KWARTAAL"));
		browser.waitUntil((d) -> d.findElements(By.cssSelector("canvas[data-getekend=true]")).size() >= 6);
		assertThat(browser.find("#periode").getAttribute("value")).isEqualTo("KWARTAAL");
		browser.assertAccessible();

		browser.open("/dashboard?periode=ANDERS&van=2026-03-01&tot=2026-02-01");
		assertThat(browser.text("#tot-fout")).isEqualTo("De laatste dag ligt voor de eerste dag.");
		browser.assertAccessible();
		assertThat(browser.consoleMessages()).noneMatch((m) -> m.contains("Content Security Policy"));

		browser.resize(360, 800);
		browser.open("/dashboard");
		browser.waitUntil((d) -> d.findElements(By.cssSelector("canvas[data-getekend=true]")).size() >= 6);
		browser.assertReflows();
	}

}
