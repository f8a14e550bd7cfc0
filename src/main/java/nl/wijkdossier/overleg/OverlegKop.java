package nl.wijkdossier.overleg;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as its pages show it in their heading: which team, when, where, and who
 * planned it.
 */
record OverlegKop(long id, long teamId, String teamNaam, LocalDate datum, LocalTime begintijd, String locatie,
		String geplandDoor) {

	private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

	/** Still to come (today included): cases may be put on its agenda. */
	boolean isKomend(LocalDate vandaag) {
		return !this.datum.isBefore(vandaag);
	}

	/** Its day has come: discussions may be recorded. */
	boolean isBegonnen(LocalDate vandaag) {
		return !this.datum.isAfter(vandaag);
	}

	/** The day as people read it: 12-03-2026. */
	public String dag() {
		return nl.wijkdossier.shared.web.Datums.dag(this.datum);
	}

	public String tijd() {
		return this.begintijd.format(TIJD);
	}

	public String weekdagKey() {
		return weekdagKey(this.datum.getDayOfWeek());
	}

	static String weekdagKey(DayOfWeek dag) {
		return "overleg.weekdag." + dag.name();
	}

}
