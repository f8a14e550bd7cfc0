package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The managers' overview in a real browser: with the demo's visits it meets WCAG 2.1 AA
 * (charts included), the period changes with the keyboard alone and htmx swaps the
 * figures under the strict Content-Security-Policy without a console error, a spreekuur's
 * weeks open with the keyboard, and the page reflows on a phone.
 */
@BrowserTest
class SpreekuurOverzichtBrowserTests {

	@Test
	void theManagersOverviewIsAccessibleAndItsPeriodChangesWithTheKeyboard(Browser browser) {
		browser.logIn(Demo.MANAGER, Demo.WACHTWOORD);
		browser.consoleMessages();
		browser.open("/spreekuren/overzicht");

		assertThat(browser.text("h1")).isEqualTo("Spreekuren: overzicht");
		assertThat(browser.driver().findElements(By.cssSelector("svg.staafgrafiek[role=img]"))).isNotEmpty();
		assertThat(browser.text("#overzicht-resultaat [role=status]")).contains("bezoeken");
		String voor = browser.text("#overzicht-resultaat [role=status]");
		browser.assertAccessible();

		browser.tabTo("#filter-weken", 40);
		browser.pressKey(Keys.ARROW_DOWN);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("weken=13"));
		browser.waitUntil(
				(d) -> !d.findElement(By.cssSelector("#overzicht-resultaat [role=status]")).getText().equals(voor));
		assertThat(browser.driver().findElements(By.cssSelector("#overzicht-weken-tabel thead th[scope=col]")))
			.hasSizeGreaterThanOrEqualTo(15);
		browser.assertAccessible();

		browser.tabTo("details summary", 120);
		browser.pressKey(Keys.ENTER);
		assertThat(browser.find("details").getDomProperty("open")).isEqualTo("true");
		browser.assertAccessible();
		assertThat(browser.consoleMessages()).noneMatch((m) -> m.contains("Content Security Policy"));

		browser.resize(360, 740);
		browser.assertReflows();
		browser.assertAccessible();
	}

}
