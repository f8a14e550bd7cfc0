package nl.wijkdossier.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Functioneel beheer in a real browser: the lists and forms meet WCAG 2.1 AA, also while
 * they show errors, and a form can be filled in and sent with the keyboard alone.
 */
@BrowserTest
class BeheerBrowserTests {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/beheer/partners", "/beheer/clusters", "/beheer/teams", "/beheer/medewerkers",
			"/beheer/partners/nieuw", "/beheer/clusters/nieuw", "/beheer/teams/nieuw", "/beheer/medewerkers/nieuw" })
	void beheerPagesMeetWcag21AA(String pad, Browser browser) {
		browser.logIn(Demo.BEHEER, Demo.WACHTWOORD);
		browser.open(pad);

		assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
		browser.assertAccessible();
	}

	@Test
	void aFormWithErrorsMeetsWcag21AAAndLinksEachErrorToItsField(Browser browser) {
		browser.logIn(Demo.BEHEER, Demo.WACHTWOORD);
		browser.open("/beheer/medewerkers/nieuw");
		// the server's errors, as a browser without HTML form validation would get them
		browser.script("const f = document.querySelector('main form'); f.noValidate = true; f.requestSubmit();");

		browser.waitUntil((d) -> !d.findElements(By.id("foutoverzicht")).isEmpty());
		assertThat(browser.isFocused("#foutoverzicht")).as("focus op het foutoverzicht").isTrue();
		String beschrijving = browser.find("#voornaam").getAttribute("aria-describedby");
		assertThat(beschrijving).contains("voornaam-fout");
		assertThat(browser.text("#voornaam-fout")).isNotBlank();
		browser.assertAccessible();
	}

	@Test
	void aPartnerCanBeCreatedWithTheKeyboardAlone(Browser browser) {
		String naam = "Toetsenbordpartner " + System.nanoTime();
		browser.logIn(Demo.BEHEER, Demo.WACHTWOORD);
		browser.open("/beheer/partners/nieuw");
		browser.tabTo("#naam", 40);
		browser.pressKey(naam);
		browser.pressKey(Keys.ENTER);

		browser.waitUntil((d) -> d.getCurrentUrl().endsWith("/beheer/partners"));
		assertThat(browser.text("main")).contains(naam);
		browser.assertAccessible();
	}

}
