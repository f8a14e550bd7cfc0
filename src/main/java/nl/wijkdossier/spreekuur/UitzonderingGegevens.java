package nl.wijkdossier.spreekuur;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What is entered for an exception. A cancellation ({@link UitzonderingSoort#VERVALT})
 * applies to one spreekuur ({@code spreekuurId}), all spreekuren of a team
 * ({@code teamId}) or the whole city (both null), on one day, or only to the session
 * starting at {@code begintijd}. An extra session ({@link UitzonderingSoort#EXTRA}) is of
 * one spreekuur, with its own times.
 */
public record UitzonderingGegevens(UitzonderingSoort soort, Long spreekuurId, Long teamId, LocalDate datum,
		LocalTime begintijd, LocalTime eindtijd, String reden) {

	public UitzonderingGegevens {
		Objects.requireNonNull(soort);
		Objects.requireNonNull(datum);
		reden = reden.strip();
	}

	public static UitzonderingGegevens vervaltVoorDeStad(LocalDate datum, String reden) {
		return new UitzonderingGegevens(UitzonderingSoort.VERVALT, null, null, datum, null, null, reden);
	}

	public boolean isHeleStad() {
		return this.spreekuurId == null && this.teamId == null;
	}

}
