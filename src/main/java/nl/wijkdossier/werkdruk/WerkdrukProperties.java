package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The caseload norm a team has until its manager sets its own
 * ({@code wijkdossier.werkdruk.standaard-norm}), in active cases per FTE. The default of
 * 9 fits the demo city, where a few wijkwerkers are above it and most are not; a real
 * city sets what it has agreed with its partners.
 */
@ConfigurationProperties("wijkdossier.werkdruk")
record WerkdrukProperties(BigDecimal standaardNorm) {

	static final BigDecimal STANDAARD = new BigDecimal("9.0");

	WerkdrukProperties {
		if (standaardNorm == null) {
			standaardNorm = STANDAARD;
		}
		if (standaardNorm.signum() <= 0 || standaardNorm.compareTo(Normen.MAXIMUM) > 0) {
			throw new IllegalArgumentException(
					"wijkdossier.werkdruk.standaard-norm moet groter dan 0 en hoogstens " + Normen.MAXIMUM + " zijn");
		}
		standaardNorm = standaardNorm.setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
