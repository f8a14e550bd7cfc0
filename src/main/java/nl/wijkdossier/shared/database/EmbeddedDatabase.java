package nl.wijkdossier.shared.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Decides whether Wijkdossier runs on its own embedded PostgreSQL: it does exactly when
 * no {@code spring.datasource.url} is configured.
 */
public final class EmbeddedDatabase {

	private EmbeddedDatabase() {
	}

	public static boolean isActive(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
