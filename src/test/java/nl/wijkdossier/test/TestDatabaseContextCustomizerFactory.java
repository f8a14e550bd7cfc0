package nl.wijkdossier.test;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase} (registered in
 * {@code META-INF/spring.factories}), with the demo city loaded once so tests can log in
 * as the demo accounts.
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return heeftEigenDatabase(testClass) ? null : new TestDatabaseCustomizer();
	}

	private static boolean heeftEigenDatabase(Class<?> testClass) {
		for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
			for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
				if (method.isAnnotationPresent(org.springframework.test.context.DynamicPropertySource.class)) {
					return true;
				}
			}
		}
		return false;
	}

	static final class TestDatabaseCustomizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestDatabase.Verbinding db = TestDatabase.verbinding();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("wijkdossier-test-database",
						Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.gebruiker(),
								"spring.datasource.password", db.wachtwoord(), "wijkdossier.demo-data", "true",
								"spring.datasource.hikari.minimum-idle", "1", "spring.test.database.replace", "none")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestDatabaseCustomizer;
		}

		@Override
		public int hashCode() {
			return TestDatabaseCustomizer.class.hashCode();
		}

	}

}
