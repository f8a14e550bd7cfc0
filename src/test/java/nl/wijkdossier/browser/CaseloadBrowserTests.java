package nl.wijkdossier.browser;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseload in a real browser with the demo city: it meets WCAG 2.1 AA (bars and norm
 * forms included), sorts by a column and filters to those above the norm with the
 * keyboard alone, htmx swaps the figures under the strict Content-Security-Policy, and it
 * reflows on a phone. The homes with "Nu aandacht nodig" and "Mijn cijfers" are
 * accessible too.
 */
@BrowserTest
class CaseloadBrowserTests {

	@Test
	void theCaseloadIsAccessibleAndSortsAndFiltersWithTheKeyboard(Browser browser) {
		browser.logIn(Demo.MANAGER, Demo.WACHTWOORD);
		browser.assertAccessible();
		assertThat(browser.text("section[aria-labelledby=aandacht] h2")).isEqualTo("Nu aandacht nodig");
		browser.consoleMessages();
		browser.open("/caseload");
		assertThat(browser.text("h1")).isEqualTo("Caseload en werkdruk");
		assertThat(browser.driver().findElements(By.cssSelector("#caseload-teams-tabel tbody tr"))).hasSize(4);
		browser.assertAccessible();

		browser.tabTo("a[data-kolom=perFte]", 200);
		browser.pressKey(Keys.ENTER);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("sorteer=perFte"));
		WebElement kop = browser.waitUntil((d) -> d.findElement(By.cssSelector("th[aria-sort]")));
		assertThat(kop.getAttribute("aria-sort")).isEqualTo("descending");
		assertThat(kop.findElement(By.cssSelector("a")).getAttribute("data-kolom")).isEqualTo("perFte");
		List<BigDecimal> cijfers = perFte(browser);
		assertThat(cijfers).isSortedAccordingTo((a, b) -> b.compareTo(a));
		browser.assertAccessible();

		browser.open("/caseload?sorteer=perFte&richting=af");
		browser.tabTo("#filter-boven-norm", 60);
		browser.pressKey(Keys.SPACE);
		browser.waitUntil((d) -> d.getCurrentUrl().contains("bovenNorm=true"));
		browser.waitUntil((d) -> {
			List<WebElement> rijen = d.findElements(By.cssSelector("#caseload-medewerkers-tabel tbody tr"));
			return !rijen.isEmpty() && rijen.size() < cijfers.size()
					&& rijen.stream().allMatch((r) -> !r.findElements(By.cssSelector(".caseload-boven")).isEmpty());
		});
		assertThat(browser.isFocused("#filter-boven-norm")).as("focus stays on the filter").isTrue();
		assertThat(browser.text("#caseload-resultaat [role=status]")).contains("boven de norm");
		assertThat(perFte(browser)).as("still sorted").isSortedAccordingTo((a, b) -> b.compareTo(a));
		browser.assertAccessible();
		assertThat(browser.consoleMessages()).noneMatch((m) -> m.contains("Content Security Policy"));

		browser.tabTo("details.caseload-uitleg summary", 200);
		browser.pressKey(Keys.ENTER);
		assertThat(browser.find("details.caseload-uitleg").getDomProperty("open")).isEqualTo("true");
		browser.assertAccessible();

		browser.resize(360, 740);
		browser.assertReflows();
		browser.assertAccessible();
	}

	@Test
	void theWijkwerkersOwnFiguresAreAccessible(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		assertThat(browser.text("#mijn-cijfers")).isEqualTo("Mijn cijfers");
		browser.assertAccessible();
	}

	private static List<BigDecimal> perFte(Browser browser) {
		return browser.driver()
			.findElements(By.cssSelector("#caseload-medewerkers-tabel tbody tr .caseload-getal"))
			.stream()
			.map((e) -> new BigDecimal(e.getText().replace(',', '.')))
			.toList();
	}

}
