package nl.wijkdossier.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heart of the work in a real browser: an intake, the wachtlijst, picking the case up
 * and the dossier — each page meets WCAG 2.1 AA with zero violations.
 */
@BrowserTest
class CasusBrowserTests {

	@Test
	void intakeThenWachtlijstThenPickUpThenDossierAllMeetWcag21AA(Browser browser) {
		String achternaam = "Vlietstra" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);

		browser.open("/aanmeldingen/nieuw");
		browser.assertAccessible();
		typ(browser, "#voornaam", "Truus");
		typ(browser, "#achternaam", achternaam);
		browser.script("document.getElementById('geboortedatum').value = '1948-02-29';");
		typ(browser, "#postcode", "1313 CD");
		typ(browser, "#huisnummer", "7");
		typ(browser, "#straat", "Havenkade");
		typ(browser, "#woonplaats", "Polderstad");
		new Select(browser.find("#kanaal")).selectByValue("TELEFOON");
		typ(browser, "#hulpvraag", "Heeft hulp nodig met post en rekeningen sinds haar man overleed.");
		WebElement financien = browser.driver().findElement(By.cssSelector("input[name=domeinen][value=FINANCIEN]"));
		browser.script("arguments[0].click();", financien);
		browser.script("document.querySelector('main form[action$=\"/aanmeldingen\"]').requestSubmit();");

		browser.waitUntil((d) -> d.getCurrentUrl().matches(".*/casussen/\\d+$"));
		String dossier = browser.driver().getCurrentUrl();
		assertThat(browser.text("main")).contains(achternaam);
		browser.assertAccessible();

		browser.open("/wachtlijst");
		assertThat(browser.text("main")).contains(achternaam);
		browser.assertAccessible();
		WebElement rij = browser.driver()
			.findElement(By.xpath("//tr[.//*[contains(normalize-space(.), '" + achternaam + "')]]"));
		WebElement oppakken = rij.findElement(By.cssSelector("form[action*='/oppakken'] button"));
		browser.script("arguments[0].click();", oppakken);

		browser.waitUntil((d) -> !d.findElements(By.cssSelector(".alert-success")).isEmpty());
		assertThat(browser.text("main")).doesNotContain(achternaam);
		browser.assertAccessible();

		String dossierPad = dossier.replaceFirst("^https?://[^/]+", "");
		browser.open(dossierPad);
		assertThat(browser.text("main")).contains(achternaam).contains("In behandeling");
		browser.assertAccessible();

		browser.open(dossierPad + "/inwoner");
		assertThat(browser.find("#achternaam").getAttribute("value")).isEqualTo(achternaam);
		browser.assertAccessible();
		browser.script("const f = document.querySelector('main form'); f.noValidate = true;"
				+ " document.getElementById('postcode').value = 'onzin'; f.requestSubmit();");
		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.find("#postcode").getAttribute("aria-describedby")).contains("postcode-fout");
		browser.assertAccessible();

		browser.open("/zoeken?q=" + achternaam);
		assertThat(browser.text("main")).contains(achternaam);
		browser.assertAccessible();
	}

	@Test
	void managerWachtlijstAndPrivacyAccessLogMeetWcag21AA(Browser browser) {
		browser.logIn(Demo.MANAGER, Demo.WACHTWOORD);
		browser.open("/wachtlijst");
		assertThat(browser.driver().findElements(By.cssSelector("main table"))).isNotEmpty();
		browser.assertAccessible();
		String eenCasus = browser.driver()
			.findElement(By.cssSelector("main table a[href*='/casussen/']"))
			.getAttribute("href")
			.replaceFirst("^https?://[^/]+", "");
		browser.open(eenCasus);
		browser.assertAccessible();

		browser.open("/");
		browser.driver().findElement(By.cssSelector("form[action$='/logout'] button")).click();
		browser.logIn(Demo.PRIVACY, Demo.WACHTWOORD);
		browser.open("/toegangslog?casus=" + eenCasus.substring(eenCasus.lastIndexOf('/') + 1));
		assertThat(browser.text("main")).contains(Demo.MANAGER);
		browser.assertAccessible();
	}

	private static void typ(Browser browser, String selector, String tekst) {
		WebElement veld = browser.find(selector);
		veld.clear();
		veld.sendKeys(tekst);
	}

}
