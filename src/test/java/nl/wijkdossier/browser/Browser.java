package nl.wijkdossier.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headless Chromium of one browser test class, pointed at the application under test,
 * with what every browser test needs: open a page, log in through the real form, use the
 * keyboard, and check a page with axe-core and the console.
 */
public final class Browser {

	/** WCAG 2.1 level A and AA: the level Dutch public bodies must meet. */
	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private final WebDriver driver;

	private final Path profile;

	private String baseUrl;

	Browser(WebDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/**
	 * Logs in through the login form and waits for the page after it; fails when the
	 * application sends the browser back to the login page (wrong password, throttled).
	 */
	public void logIn(String username, String password) {
		open("/login");
		String loginPage = this.driver.getCurrentUrl();
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		find("form[action$='/login'] button[type=submit]").click();
		waitUntil((driver) -> !loginPage.equals(driver.getCurrentUrl()));
		assertThat(this.driver.getCurrentUrl()).as("page after logging in as %s", username).doesNotContain("/login");
	}

	/** Sets the size of the browser window, e.g. to look at a page as on a phone. */
	public void resize(int width, int height) {
		this.driver.manage().window().setSize(new Dimension(width, height));
	}

	/**
	 * WCAG 1.4.10 (reflow), which axe-core cannot check: the page needs no horizontal
	 * scrolling at the current width (tables may scroll inside their own box).
	 */
	public void assertReflows() {
		Object widths = script(
				"return document.documentElement.scrollWidth + ' > '" + " + document.documentElement.clientWidth;");
		assertThat(script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;"))
			.as("page scrolls sideways on %s (%s)", this.driver.getCurrentUrl(), widths)
			.isEqualTo(true);
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	public String text(String cssSelector) {
		return find(cssSelector).getText();
	}

	public void pressKey(CharSequence key) {
		new Actions(this.driver).sendKeys(key).perform();
	}

	/** Presses Tab until the element has focus; fails after {@code maxTabs} presses. */
	public void tabTo(String cssSelector, int maxTabs) {
		for (int i = 0; i < maxTabs; i++) {
			pressKey(Keys.TAB);
			if (isFocused(cssSelector)) {
				return;
			}
		}
		throw new AssertionError(
				cssSelector + " not reached with " + maxTabs + " presses of Tab; focus is on " + describeFocused());
	}

	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	public boolean isFocused(String cssSelector) {
		return find(cssSelector).equals(focused());
	}

	/** The element that has focus, as {@code tag#id.class}, for failure messages. */
	public String describeFocused() {
		return String.valueOf(script("const e = document.activeElement; return e.tagName.toLowerCase()"
				+ " + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');"));
	}

	public Object script(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	/**
	 * Waits up to 10 s for the condition. An element that goes stale because the page is
	 * being replaced (a redirect after a form post) counts as "not yet".
	 */
	public <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((WebDriver d) -> {
				try {
					return condition.apply(d);
				}
				catch (org.openqa.selenium.WebDriverException ex) {
					// Chromium sometimes reports an element of a page just replaced this
					// way
					// instead of as stale: it is stale, so look again
					if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
						throw new org.openqa.selenium.StaleElementReferenceException(ex.getMessage(), ex);
					}
					throw ex;
				}
			});
	}

	/**
	 * Runs axe-core with the WCAG 2.1 A and AA rules on the current page and fails with
	 * every violation, its elements and where to read how to fix it.
	 */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(this.driver);
		assertThat(results.isErrored())
			.as("axe-core failed on %s: %s", this.driver.getCurrentUrl(), results.getErrorMessage())
			.isFalse();
		assertThat(results.getViolations())
			.withFailMessage(() -> "WCAG 2.1 AA violations on " + this.driver.getCurrentUrl() + ":\n"
					+ describe(results.getViolations()))
			.isEmpty();
	}

	/** The console messages since the last call (reading empties the browser's log). */
	public List<String> consoleMessages() {
		return this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map((LogEntry entry) -> entry.getLevel() + " " + entry.getMessage())
			.toList();
	}

	void useBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Drops the session cookie, so the next test starts logged out. */
	void forgetSession() {
		if (this.driver.getCurrentUrl() != null && this.driver.getCurrentUrl().startsWith("http")) {
			this.driver.manage().deleteAllCookies();
		}
	}

	Path profile() {
		return this.profile;
	}

	void quit() {
		this.driver.quit();
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " ("
					+ rule.getHelpUrl() + ")\n"
					+ rule.getNodes()
						.stream()
						.map((node) -> "    " + node.getTarget() + ": "
								+ String.valueOf(node.getFailureSummary()).replace("\n", " "))
						.collect(Collectors.joining("\n")))
			.collect(Collectors.joining("\n"));
	}

}
