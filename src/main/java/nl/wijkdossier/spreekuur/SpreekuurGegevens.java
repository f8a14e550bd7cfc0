package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What is entered for a spreekuur: the team that holds it, its kind and place, the
 * weekday and times, every how many weeks, the period it is valid and optionally the
 * convenantpartner that coordinates it (an administrative hour with volunteers).
 */
public record SpreekuurGegevens(long teamId, SpreekuurSoort soort, String locatieNaam, String locatieAdres,
		DayOfWeek weekdag, LocalTime begintijd, LocalTime eindtijd, int elkeWeken, LocalDate geldigVan,
		LocalDate geldigTot, Long partnerId) {

	public SpreekuurGegevens {
		Objects.requireNonNull(soort);
		Objects.requireNonNull(weekdag);
		Objects.requireNonNull(begintijd);
		Objects.requireNonNull(eindtijd);
		Objects.requireNonNull(geldigVan);
		locatieNaam = locatieNaam.strip();
		locatieAdres = locatieAdres.strip();
	}

}
