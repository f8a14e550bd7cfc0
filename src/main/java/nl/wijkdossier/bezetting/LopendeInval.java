package nl.wijkdossier.bezetting;

import java.time.LocalDate;

/**
 * An inval someone does: for whom (never why: the type of the absence is not hers to
 * see), from when to when, and how many active cases of that colleague she covers.
 */
public record LopendeInval(long invalId, long afwezigeId, String afwezigeNaam, String teamNaam, LocalDate van,
		LocalDate tot, long casussen) {

	/** Gives access today. */
	public boolean isBezig(LocalDate vandaag) {
		return !vandaag.isBefore(this.van) && !vandaag.isAfter(this.tot);
	}

}
