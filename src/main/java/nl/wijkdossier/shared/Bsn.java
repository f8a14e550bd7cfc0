package nl.wijkdossier.shared;

import java.util.Optional;

/**
 * A burgerservicenummer: nine digits that pass the 11-proef (the weighted sum 9·d1 + 8·d2
 * + … + 2·d8 − 1·d9 is a multiple of 11). Its {@code toString} masks all but the last
 * three digits, so a BSN never ends up whole in a log line.
 */
public record Bsn(String waarde) {

	public Bsn {
		if (!isGeldig(waarde)) {
			throw new IllegalArgumentException("Ongeldig BSN");
		}
	}

	public static Optional<Bsn> parse(String invoer) {
		if (invoer == null) {
			return Optional.empty();
		}
		String kaal = invoer.replaceAll("[\\s.]", "");
		return isGeldig(kaal) ? Optional.of(new Bsn(kaal)) : Optional.empty();
	}

	public static boolean isGeldig(String waarde) {
		if (waarde == null || !waarde.matches("[0-9]{9}") || waarde.equals("000000000")) {
			return false;
		}
		int som = 0;
		for (int i = 0; i < 8; i++) {
			som += (9 - i) * (waarde.charAt(i) - '0');
		}
		som -= waarde.charAt(8) - '0';
		return som % 11 == 0;
	}

	@Override
	public String toString() {
		return "******" + this.waarde.substring(6);
	}

}
