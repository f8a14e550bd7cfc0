package nl.wijkdossier.spreekuur;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * An exception as entered: a cancellation ({@code VERVALT}) for one spreekuur, a team or
 * the whole city ({@code bereik}), or an extra session of one spreekuur ({@code EXTRA})
 * with its times. The date and times are text, read by {@link SpreekuurInvoer}.
 */
record UitzonderingForm(@NotNull(message = "{beheer.fout.kies}") UitzonderingSoort soort, Bereik bereik,
		Long spreekuurId, Long teamId, String datum, String begintijd, String eindtijd,
		@Size(max = 300, message = "{beheer.fout.teLang}") String reden) {

	/** What a cancellation applies to. */
	enum Bereik {

		SPREEKUUR, TEAM, STAD

	}

	static UitzonderingForm vervalt() {
		return new UitzonderingForm(UitzonderingSoort.VERVALT, Bereik.SPREEKUUR, null, null, "", "", "", "");
	}

	static UitzonderingForm extra() {
		return new UitzonderingForm(UitzonderingSoort.EXTRA, Bereik.SPREEKUUR, null, null, "", "", "", "");
	}

	/** The rules between fields; the scope of the user is the controller's check. */
	void controleer(Errors errors) {
		boolean extra = this.soort == UitzonderingSoort.EXTRA;
		Bereik gekozen = extra ? Bereik.SPREEKUUR : this.bereik;
		if (gekozen == null) {
			errors.rejectValue("bereik", "spreekuur.fout.bereikVerplicht");
		}
		else if (gekozen == Bereik.SPREEKUUR && this.spreekuurId == null) {
			errors.rejectValue("spreekuurId", "spreekuur.fout.spreekuurVerplicht");
		}
		else if (gekozen == Bereik.TEAM && this.teamId == null) {
			errors.rejectValue("teamId", "spreekuur.fout.teamVerplicht");
		}
		if (SpreekuurInvoer.isLeeg(this.datum)) {
			errors.rejectValue("datum", "spreekuur.fout.datumVerplicht");
		}
		else if (SpreekuurInvoer.datum(this.datum).isEmpty()) {
			errors.rejectValue("datum", "spreekuur.fout.datumOngeldig");
		}
		LocalTime begin = tijd(errors, "begintijd", this.begintijd, extra);
		if (extra) {
			LocalTime eind = tijd(errors, "eindtijd", this.eindtijd, true);
			if (begin != null && eind != null && !eind.isAfter(begin)) {
				errors.rejectValue("eindtijd", "spreekuur.fout.eindNaBegin");
			}
		}
		if (SpreekuurInvoer.isLeeg(this.reden)) {
			errors.rejectValue("reden", "spreekuur.fout.redenVerplicht");
		}
	}

	private static LocalTime tijd(Errors errors, String veld, String waarde, boolean verplicht) {
		if (SpreekuurInvoer.isLeeg(waarde)) {
			if (verplicht) {
				errors.rejectValue(veld, "spreekuur.fout.tijdVerplicht");
			}
			return null;
		}
		LocalTime tijd = SpreekuurInvoer.tijd(waarde).orElse(null);
		if (tijd == null) {
			errors.rejectValue(veld, "spreekuur.fout.tijdOngeldig");
		}
		return tijd;
	}

	/** The chosen scope: for an extra session always its spreekuur. */
	Bereik gekozenBereik() {
		return (this.soort == UitzonderingSoort.EXTRA) ? Bereik.SPREEKUUR : this.bereik;
	}

	/** Only after {@link #controleer} found no errors. */
	UitzonderingGegevens toGegevens() {
		Bereik gekozen = gekozenBereik();
		LocalDate dag = SpreekuurInvoer.datum(this.datum).orElseThrow();
		boolean extra = this.soort == UitzonderingSoort.EXTRA;
		return new UitzonderingGegevens(this.soort, (gekozen == Bereik.SPREEKUUR) ? this.spreekuurId : null,
				(gekozen == Bereik.TEAM) ? this.teamId : null, dag, SpreekuurInvoer.tijd(this.begintijd).orElse(null),
				extra ? SpreekuurInvoer.tijd(this.eindtijd).orElse(null) : null, this.reden);
	}

}
