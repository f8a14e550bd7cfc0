package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

/** A spreekuur as pages show it, with the names of its team and partner. */
public record SpreekuurInfo(long id, long teamId, String teamNaam, SpreekuurSoort soort, String locatieNaam,
		String locatieAdres, DayOfWeek weekdag, LocalTime begintijd, LocalTime eindtijd, int elkeWeken,
		LocalDate geldigVan, LocalDate geldigTot, Long partnerId, String partnerNaam, boolean actief, long version) {

	/** The message key of its weekday: {@code spreekuur.weekdag.TUESDAY}. */
	public String weekdagKey() {
		return "spreekuur.weekdag." + this.weekdag.name();
	}

	/** The message key of its rhythm: {@code spreekuur.elkeWeken.2}. */
	public String ritmeKey() {
		return "spreekuur.elkeWeken." + this.elkeWeken;
	}

	/** Its times as the timetable writes them: 09:00–11:00. */
	public String tijden() {
		return SpreekuurInvoer.tekst(this.begintijd) + "\u2013" + SpreekuurInvoer.tekst(this.eindtijd);
	}

	/** Ended: valid until a day before this one. */
	public boolean isVerlopen(LocalDate vandaag) {
		return this.geldigTot != null && this.geldigTot.isBefore(vandaag);
	}

	SpreekuurGegevens gegevens() {
		return new SpreekuurGegevens(this.teamId, this.soort, this.locatieNaam, this.locatieAdres, this.weekdag,
				this.begintijd, this.eindtijd, this.elkeWeken, this.geldigVan, this.geldigTot, this.partnerId);
	}

}
