package nl.wijkdossier.bezetting;

import java.time.LocalDate;

/**
 * A medewerker absent on a given day, and who covers her cases that day (empty: her cases
 * are "zonder bezetting").
 */
public record Afwezig(long afwezigheidId, long medewerkerId, String naam, AfwezigheidSoort soort, LocalDate van,
		LocalDate tot, Long invallerId, String invallerNaam) {

	public boolean zonderBezetting() {
		return this.invallerId == null;
	}

}
