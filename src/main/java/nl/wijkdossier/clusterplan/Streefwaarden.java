package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Compares a figure with its target, respecting the direction of the target's kind: a
 * maximum is met when the figure is at most the target, a minimum when it is at least the
 * target; equal always counts as met. Pure: no database, no clock.
 */
public final class Streefwaarden {

	private Streefwaarden() {
	}

	/**
	 * @param soort the kind of target, which gives the direction
	 * @param streefwaarde the target
	 * @param werkelijk the actual figure; null when it is unknown or suppressed
	 * @return {@link Doelbereik#ONBEKEND} without a figure, else met or not
	 */
	public static Doelbereik beoordeel(StreefwaardeSoort soort, BigDecimal streefwaarde, BigDecimal werkelijk) {
		Objects.requireNonNull(soort, "soort");
		Objects.requireNonNull(streefwaarde, "streefwaarde");
		if (werkelijk == null) {
			return Doelbereik.ONBEKEND;
		}
		int vergelijking = werkelijk.compareTo(streefwaarde);
		boolean gehaald = switch (soort.richting()) {
			case MAX -> vergelijking <= 0;
			case MIN -> vergelijking >= 0;
		};
		return gehaald ? Doelbereik.MET : Doelbereik.NIET_GEHAALD;
	}

	/**
	 * A figure as people read it, with a decimal comma and without trailing zeros: 14,
	 * 14,5, 62,3. Null stays empty.
	 */
	public static String tekst(BigDecimal waarde) {
		if (waarde == null) {
			return "";
		}
		BigDecimal schoon = waarde.stripTrailingZeros();
		if (schoon.scale() < 0) {
			schoon = schoon.setScale(0);
		}
		return schoon.toPlainString().replace('.', ',');
	}

}
