package nl.wijkdossier.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees in a real browser: every page we have meets WCAG 2.1 AA (axe-core),
 * works with the keyboard alone, and runs under the strict Content-Security-Policy, htmx
 * included.
 */
@BrowserTest
class AccessibilityBrowserTests {

	private static final String LOGOUT_BUTTON = "form[action$='/logout'] button[type=submit]";

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> demoAccounts() {
		return Stream.of(Arguments.of(Demo.WIJKWERKER, "Wijkwerker"), Arguments.of(Demo.WIJKWERKER2, "Wijkwerker"),
				Arguments.of(Demo.MANAGER, "Wijkteammanager"), Arguments.of(Demo.GEMEENTE, "Gemeente"),
				Arguments.of(Demo.BEHEER, "Functioneel beheer"), Arguments.of(Demo.PRIVACY, "Privacyfunctionaris"));
	}

	@Test
	void loginPageMeetsWcag21AA(Browser browser) {
		browser.open("/login");

		assertThat(browser.text("h1")).isEqualTo("Inloggen");
		browser.assertAccessible();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("demoAccounts")
	void everyRoleLandsOnItsOwnHomePageThatMeetsWcag21AAAndReflowsOnAPhone(String username, String roleLabel,
			Browser browser) {
		String name = this.jdbc.sql("select weergavenaam from gebruiker where gebruikersnaam = ?")
			.param(username)
			.query(String.class)
			.single();

		browser.logIn(username, Demo.WACHTWOORD);

		assertThat(browser.driver().getCurrentUrl()).endsWith("/");
		assertThat(browser.text("h1")).isEqualTo("Welkom, " + name);
		assertThat(browser.text("header .gebruiker")).contains(name).contains(roleLabel);
		browser.assertAccessible();
		onAPhone(browser, browser::assertReflows);
	}

	@Test
	void postcodePageMeetsWcag21AA(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/postcodes?postcode=1325");

		assertThat(browser.text("main .postcode-resultaat")).contains("Wijkteam Stad Oost");
		browser.assertAccessible();
	}

	@Test
	void notFoundPageMeetsWcag21AA(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		browser.open("/bestaat-niet");

		assertThat(browser.text("h1")).isEqualTo("Niet gevonden");
		assertThat(browser.find(LOGOUT_BUTTON).isDisplayed()).isTrue();
		browser.assertAccessible();
	}

	@Test
	void skipLinkIsTheFirstTabStopAndMovesFocusToTheContent(Browser browser) {
		browser.open("/login");

		browser.pressKey(Keys.TAB);
		assertThat(browser.isFocused("a.skiplink"))
			.as("first tab stop is the skip link, not %s", browser.describeFocused())
			.isTrue();
		assertThat(browser.find("a.skiplink").isDisplayed()).as("skip link visible when focused").isTrue();

		browser.pressKey(Keys.ENTER);
		assertThat(browser.isFocused("main#inhoud"))
			.as("focus after the skip link is on main, not %s", browser.describeFocused())
			.isTrue();

		browser.pressKey(Keys.TAB);
		assertThat(browser.isFocused("#username"))
			.as("next tab stop after main is the username, not %s", browser.describeFocused())
			.isTrue();
	}

	@Test
	void logoutButtonIsReachableAndUsableByKeyboard(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);

		browser.tabTo(LOGOUT_BUTTON, 30);
		browser.pressKey(Keys.ENTER);

		browser.waitUntil(ExpectedConditions.urlContains("/login?uitgelogd"));
		assertThat(browser.text("main [role=status]")).isEqualTo("U bent uitgelogd.");
	}

	@Test
	void pagesMeetWcag21AAOnAPhoneWithTheMenuOpenedByKeyboard(Browser browser) {
		onAPhone(browser, () -> {
			browser.open("/login");
			assertThat(browser.driver().findElements(By.cssSelector(".navbar-toggler")))
				.as("no menu button without a menu")
				.isEmpty();
			browser.assertReflows();
			browser.assertAccessible();

			browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
			assertThat(browser.find(LOGOUT_BUTTON).isDisplayed()).as("menu starts closed").isFalse();
			browser.assertReflows();
			browser.assertAccessible();

			browser.tabTo(".navbar-toggler", 5);
			browser.pressKey(Keys.ENTER);
			browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(LOGOUT_BUTTON)));
			assertThat(browser.find(".navbar-toggler").getDomAttribute("aria-expanded")).isEqualTo("true");
			browser.assertReflows();
			browser.assertAccessible();
			browser.tabTo(LOGOUT_BUTTON, 30);
		});
	}

	@Test
	void headerPostcodeSearchAnswersInPlaceWithHtmx(Browser browser) {
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		String home = browser.driver().getCurrentUrl();
		browser.script("window.wijkdossierZelfdePagina = true;");

		browser.find("#kop-postcode").sendKeys("1325", Keys.ENTER);

		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("postcode-antwoord"), "Wijkteam"));
		assertThat(browser.text("#postcode-antwoord")).contains("Wijkteam Stad Oost");
		assertThat(browser.script("return window.wijkdossierZelfdePagina === true;")).as("no page load")
			.isEqualTo(true);
		assertThat(browser.driver().getCurrentUrl()).isEqualTo(home);
		browser.assertAccessible();
	}

	@Test
	void pagesCauseNoContentSecurityPolicyViolations(Browser browser) {
		browser.consoleMessages();
		List<String> console = new ArrayList<>();
		browser.open("/login");
		console.addAll(browser.consoleMessages());
		browser.logIn(Demo.WIJKWERKER, Demo.WACHTWOORD);
		console.addAll(browser.consoleMessages());
		browser.find("#kop-postcode").sendKeys("1325", Keys.ENTER);
		browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("postcode-antwoord"), "Wijkteam"));
		console.addAll(browser.consoleMessages());
		browser.open("/postcodes?postcode=1325");
		console.addAll(browser.consoleMessages());
		browser.open("/bestaat-niet");
		console.addAll(browser.consoleMessages());

		assertThat(console).noneMatch((message) -> message.contains("Content Security Policy"));

		// the check can see a violation: an inline script is refused and reported
		browser.script("const s = document.createElement('script'); s.textContent = 'window.x = 1;';"
				+ " document.body.appendChild(s);");
		assertThat(browser.consoleMessages()).anyMatch((message) -> message.contains("Content Security Policy"));
	}

	/** 320 CSS pixels wide: the width WCAG 1.4.10 asks pages to work at. */
	private static void onAPhone(Browser browser, Runnable checks) {
		browser.resize(320, 800);
		try {
			checks.run();
		}
		finally {
			browser.resize(1280, 1000);
		}
	}

}
