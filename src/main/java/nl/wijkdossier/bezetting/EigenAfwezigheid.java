package nl.wijkdossier.bezetting;

import java.time.LocalDate;

/**
 * An absence of the logged-in person herself, running or coming: she may see its type.
 * {@code invallers} names who covers her cases on some day of it (null: nobody yet).
 */
public record EigenAfwezigheid(long id, AfwezigheidSoort soort, LocalDate van, LocalDate tot, String invallers) {

	public boolean isBezig(LocalDate vandaag) {
		return !vandaag.isBefore(this.van) && !vandaag.isAfter(this.tot);
	}

	public boolean zonderBezetting() {
		return this.invallers == null;
	}

}
