package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Amounts in euros as Dutch people type and read them: "12.500,00", "12500", "12500,5"
 * (and, because people paste it, "12500.50") in, "€ 12.500,00" out. Also the page's
 * {@code @bedragen} for showing amounts.
 */
@Component("bedragen")
public class Bedragen {

	/** Dates in messages: 23-11-2026. */
	static final java.time.format.DateTimeFormatter DAG = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

	/**
	 * Thousands grouped with points, an optional decimal comma: "12.500" or "1.250,75".
	 */
	private static final Pattern GEGROEPEERD = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]{1,2})?");

	/**
	 * Plain digits with an optional decimal comma or point: "12500", "12500,5", "99.95".
	 */
	private static final Pattern ENKEL = Pattern.compile("[0-9]{1,12}([.,][0-9]{1,2})?");

	/**
	 * The amount typed, with at most two decimals and no sign; empty when it is not an
	 * amount (a euro sign and spaces are allowed and ignored).
	 */
	static Optional<BigDecimal> lees(String invoer) {
		if (invoer == null) {
			return Optional.empty();
		}
		String tekst = invoer.replace("€", "").replaceAll("\\s", "");
		if (GEGROEPEERD.matcher(tekst).matches()) {
			return Optional.of(new BigDecimal(tekst.replace(".", "").replace(',', '.')).setScale(2));
		}
		if (ENKEL.matcher(tekst).matches()) {
			return Optional.of(new BigDecimal(tekst.replace(',', '.')).setScale(2));
		}
		return Optional.empty();
	}

	/** "12.500,00": for an input field. */
	public static String invoer(BigDecimal bedrag) {
		return (bedrag != null) ? formaat().format(bedrag.setScale(2, RoundingMode.HALF_UP)) : "";
	}

	/** "€ 12.500,00", negative "-€ 1.250,00"; empty for none. */
	public String tekst(BigDecimal bedrag) {
		if (bedrag == null) {
			return "";
		}
		String getal = invoer(bedrag.abs());
		return (bedrag.signum() < 0) ? "-€ " + getal : "€ " + getal;
	}

	private static DecimalFormat formaat() {
		DecimalFormatSymbols symbolen = new DecimalFormatSymbols();
		symbolen.setDecimalSeparator(',');
		symbolen.setGroupingSeparator('.');
		return new DecimalFormat("#,##0.00", symbolen);
	}

}
