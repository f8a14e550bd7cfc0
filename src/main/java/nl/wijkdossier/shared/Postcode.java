package nl.wijkdossier.shared;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dutch postcode, always written as {@code 1234 AB}. The letter pairs SA, SD and SS are
 * not issued by PostNL and are refused.
 */
public record Postcode(String waarde) {

	private static final Pattern POSTCODE = Pattern.compile("^([1-9][0-9]{3})\\s?([A-Za-z]{2})$");

	private static final Pattern PC4 = Pattern.compile("^[1-9][0-9]{3}$");

	public Postcode {
		waarde = normaliseer(waarde).orElseThrow(() -> new IllegalArgumentException("Ongeldige postcode"));
	}

	public static Optional<Postcode> parse(String invoer) {
		return normaliseer(invoer).map(Postcode::new);
	}

	public static boolean isGeldig(String invoer) {
		return normaliseer(invoer).isPresent();
	}

	/**
	 * The four digits of a full postcode ({@code 1325 AB}) or of a bare PC4
	 * ({@code 1325}).
	 */
	public static Optional<String> pc4Van(String invoer) {
		if (invoer == null) {
			return Optional.empty();
		}
		String kaal = invoer.trim();
		if (PC4.matcher(kaal).matches()) {
			return Optional.of(kaal);
		}
		return parse(kaal).map(Postcode::pc4);
	}

	public static boolean isPc4(String invoer) {
		return invoer != null && PC4.matcher(invoer.trim()).matches();
	}

	public String pc4() {
		return this.waarde.substring(0, 4);
	}

	@Override
	public String toString() {
		return this.waarde;
	}

	private static Optional<String> normaliseer(String invoer) {
		if (invoer == null) {
			return Optional.empty();
		}
		Matcher matcher = POSTCODE.matcher(invoer.trim());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String letters = matcher.group(2).toUpperCase(Locale.ROOT);
		if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
			return Optional.empty();
		}
		return Optional.of(matcher.group(1) + " " + letters);
	}

}
