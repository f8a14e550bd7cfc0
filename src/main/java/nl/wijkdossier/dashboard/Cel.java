package nl.wijkdossier.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * One number of a dashboard table as it may be shown: the value, what kind of number it
 * is, and whether it is shown, suppressed because it counts too few persons, hidden to
 * protect a suppressed neighbour (secondary suppression), or absent. Made only by
 * {@link Onderdrukking}, so no figure can show a small count by accident; the HTML, the
 * CSV and the chart all read the value through {@link #tekst} and {@link #grafiekWaarde}.
 *
 * @param waarde the value; null when not shown
 * @param soort what the number is
 * @param staat whether and why it is shown
 * @param drempel the smallest count shown ("&lt;5" for 5)
 */
public record Cel(BigDecimal waarde, Soort soort, Staat staat, int drempel) {

	/** What a number is, for its format. */
	public enum Soort {

		/** Persons or cases: a whole number. */
		AANTAL,
		/** Days, with one decimal (a median may fall between two days). */
		DAGEN,
		/** A share, 0–100, whole percent. */
		PERCENTAGE,
		/** An amount of euros, whole euros. */
		BEDRAG,
		/** A ratio such as cases per FTE, with one decimal. */
		VERHOUDING

	}

	/** Whether and why a number is shown. */
	public enum Staat {

		GETOOND,
		/** Counts 1 to drempel−1 persons, or is computed over fewer than drempel. */
		ONDERDRUKT,
		/** Would reveal a suppressed cell through a total. */
		VERBORGEN,
		/** There is nothing to compute (no persons at all). */
		GEEN

	}

	public Cel {
		if (staat != Staat.GETOOND) {
			waarde = null;
		}
	}

	public boolean isGetoond() {
		return this.staat == Staat.GETOOND;
	}

	/**
	 * The text for a table cell or a CSV field: the number in the locale's format,
	 * "&lt;5" for a suppressed count, "n&lt;5" for a statistic over too few persons, "x"
	 * for a hidden cell and "–" for none. The page explains the signs in its legend.
	 */
	public String tekst(Locale locale) {
		return switch (this.staat) {
			case ONDERDRUKT -> (this.soort == Soort.AANTAL) ? "<" + this.drempel : "n<" + this.drempel;
			case VERBORGEN -> "x";
			case GEEN -> "–";
			case GETOOND -> opmaak(locale);
		};
	}

	/** The value for the chart: null (no bar, no point) unless shown. */
	public BigDecimal grafiekWaarde() {
		return this.waarde;
	}

	private String opmaak(Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setRoundingMode(RoundingMode.HALF_UP);
		switch (this.soort) {
			case DAGEN, VERHOUDING -> {
				format.setMinimumFractionDigits(0);
				format.setMaximumFractionDigits(1);
				return format.format(this.waarde);
			}
			case PERCENTAGE -> {
				format.setMaximumFractionDigits(0);
				return format.format(this.waarde) + "%";
			}
			case BEDRAG -> {
				format.setMaximumFractionDigits(0);
				return "€ " + format.format(this.waarde);
			}
			default -> {
				format.setMaximumFractionDigits(0);
				return format.format(this.waarde);
			}
		}
	}

}
