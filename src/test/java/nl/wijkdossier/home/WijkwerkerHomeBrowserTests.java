package nl.wijkdossier.home;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import nl.wijkdossier.browser.Browser;
import nl.wijkdossier.browser.BrowserTest;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo wijkwerker's home in a real browser: the work of the demo data on it, most
 * urgent first, meeting WCAG 2.1 AA, and every action within reach of the keyboard.
 */
@BrowserTest
class WijkwerkerHomeBrowserTests {

	@Test
	void herHomeShowsHerWorkMostUrgentFirstAndIsAccessible(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/");

		List<String> koppen = browser.driver()
			.findElements(By.cssSelector("main h1, main h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(koppen).containsSubsequence("Te laat en deze week", "Concepten", "Nieuwe antwoorden op verwijzingen",
				"Mijn casussen", "Mijn team");
		assertThat(browser.driver().findElements(By.cssSelector(".werk-afspraak .deadline-rood")))
			.as("overdue agreements")
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(browser.text(".werk-afspraken")).contains("te laat");
		assertThat(browser.driver().findElements(By.cssSelector(".werk-concepten a"))).isNotEmpty();
		assertThat(browser.driver().findElements(By.cssSelector("table.werk-casussen tbody tr"))).isNotEmpty();
		browser.assertAccessible();

		browser.tabTo(".werk-afspraak button[type=submit]", 40);
		assertThat(browser.focused().getAccessibleName()).startsWith("Klaar");
		browser.tabTo(".werk-concepten a", 60);
		assertThat(browser.focused().getAccessibleName()).startsWith("Verder schrijven aan het gesprek met");
		browser.tabTo("table.werk-casussen tbody th a", 80);
		String casus = browser.focused().getAttribute("href");
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((driver) -> driver.getCurrentUrl().equals(casus));

		browser.resize(360, 800);
		browser.open("/");
		browser.assertReflows();
		browser.resize(1280, 900);
	}

}
