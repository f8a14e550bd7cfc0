package nl.wijkdossier.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The smallest number of persons a dashboard shows as a number
 * ({@code wijkdossier.dashboard.minimum-aantal}, default 5): a count of 1 to one less is
 * shown as "&lt;5", and percentages, medians and the like over fewer persons are not
 * shown at all. At least 2 (suppressing nothing would defeat the point), at most 100.
 */
@ConfigurationProperties("wijkdossier.dashboard")
record DashboardProperties(Integer minimumAantal) {

	static final int STANDAARD = 5;

	DashboardProperties {
		if (minimumAantal == null) {
			minimumAantal = STANDAARD;
		}
		if (minimumAantal < 2 || minimumAantal > 100) {
			throw new IllegalArgumentException("wijkdossier.dashboard.minimum-aantal moet tussen 2 en 100 liggen");
		}
	}

}
