package nl.wijkdossier.spreekuur;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * An exception as pages show it: what it applies to (a spreekuur with its team and place,
 * a team, or the whole city when both are null).
 */
public record UitzonderingInfo(long id, UitzonderingSoort soort, Long spreekuurId, String spreekuurLocatie, Long teamId,
		String teamNaam, LocalDate datum, LocalTime begintijd, LocalTime eindtijd, String reden) {

	public boolean isHeleStad() {
		return this.spreekuurId == null && this.teamId == null;
	}

}
