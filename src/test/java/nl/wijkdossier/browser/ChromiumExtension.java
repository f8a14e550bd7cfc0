package nl.wijkdossier.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Starts Debian's headless Chromium once per test class (before all, quit after all) and
 * hands it to tests as a {@link Browser} parameter. Browser and driver are given by path,
 * so Selenium Manager never runs and nothing is downloaded. When either is missing the
 * class is skipped (reported as skipped, before a Spring context starts); with the system
 * property {@code browser.tests=required} (CI) it fails instead.
 */
final class ChromiumExtension
		implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final String MISSING = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
			+ " (Debian: apt-get install chromium chromium-driver)";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ChromiumExtension.class);

	/** Skips the class when Chromium is missing, unless browser tests are required. */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (isChromiumInstalled() || isRequired()) {
			return ConditionEvaluationResult.enabled("Chromium installed or browser tests required");
		}
		return ConditionEvaluationResult
			.disabled(MISSING + "; skipped (-Dbrowser.tests=required turns this into a failure)");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		if (!isChromiumInstalled()) {
			throw new IllegalStateException(MISSING + "; they are required here (-Dbrowser.tests=required)");
		}
		Path profile = Files.createTempDirectory("wijkdossier-chromium-");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options(profile));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		context.getStore(NAMESPACE).put(Browser.class, new Browser(driver, profile));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.quit();
			deleteQuietly(browser.profile());
		}
	}

	/** Every test starts logged out: the browser is shared, the session is not. */
	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).forgetSession();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Browser browser = browser(extensionContext);
		String port = SpringExtension.getApplicationContext(extensionContext)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		browser.useBaseUrl("http://localhost:" + port);
		return browser;
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static boolean isChromiumInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	private static boolean isRequired() {
		return "required".equals(System.getProperty("browser.tests"));
	}

	private static ChromeOptions options(Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + profile);
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		return options;
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException | RuntimeException ex) {
			// a profile left in the temp folder is harmless
		}
	}

}
