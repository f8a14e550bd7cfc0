package nl.wijkdossier.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * A test that drives the running application with headless Chromium. The test class gets
 * one {@link Browser} (a test or lifecycle method parameter), started before its first
 * test and quit after its last. Without Chromium the class is skipped, unless
 * {@code -Dbrowser.tests=required}: then it fails.
 * <p>
 * {@link ChromiumExtension} is declared before {@link SpringBootTest} so that a missing
 * browser skips the class before a Spring context is started.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@ExtendWith(ChromiumExtension.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public @interface BrowserTest {

}
