package nl.wijkdossier.gesprek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How an open agreement's deadline stands today: past it ("te laat"), within the current
 * calendar week, Monday to Sunday ("deze week"), later, or no deadline at all. The page
 * says it in words, never by colour alone.
 */
enum AfspraakTermijn {

	TE_LAAT, DEZE_WEEK, LATER, GEEN_DEADLINE;

	static AfspraakTermijn van(LocalDate deadline, LocalDate vandaag) {
		if (deadline == null) {
			return GEEN_DEADLINE;
		}
		if (deadline.isBefore(vandaag)) {
			return TE_LAAT;
		}
		LocalDate zondag = vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		return deadline.isAfter(zondag) ? LATER : DEZE_WEEK;
	}

	/** Shown beside the deadline; null when nothing needs saying. */
	public String messageKey() {
		return switch (this) {
			case TE_LAAT, DEZE_WEEK -> "afspraak.termijn." + name();
			default -> null;
		};
	}

	/** The existing deadline badge colours of the Wmo clock. */
	public String cssClass() {
		return switch (this) {
			case TE_LAAT -> "deadline deadline-rood";
			case DEZE_WEEK -> "deadline deadline-amber";
			default -> null;
		};
	}

}
