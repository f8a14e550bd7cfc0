package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;

/**
 * What beheer or a manager enters for a spreekuur. Times and dates are text, read by
 * {@link SpreekuurInvoer}, so a mistyped value comes back with a clear message next to
 * its field instead of a conversion error.
 */
record SpreekuurForm(@NotNull(message = "{spreekuur.fout.teamVerplicht}") Long teamId,
		@NotNull(message = "{spreekuur.fout.soortVerplicht}") SpreekuurSoort soort,
		@NotBlank(message = "{spreekuur.fout.locatieNaamVerplicht}") @Size(max = 160,
				message = "{beheer.fout.teLang}") String locatieNaam,
		@NotBlank(message = "{spreekuur.fout.locatieAdresVerplicht}") @Size(max = 200,
				message = "{beheer.fout.teLang}") String locatieAdres,
		@NotNull(message = "{spreekuur.fout.weekdagVerplicht}") DayOfWeek weekdag, String begintijd, String eindtijd,
		@NotNull(message = "{spreekuur.fout.elkeWeken}") @Min(value = 1, message = "{spreekuur.fout.elkeWeken}") @Max(
				value = 4, message = "{spreekuur.fout.elkeWeken}") Integer elkeWeken,
		String geldigVan, String geldigTot, Long partnerId, Long version) {

	static SpreekuurForm leeg(LocalDate vandaag) {
		return new SpreekuurForm(null, SpreekuurSoort.INLOOP, "", "", null, "09:00", "11:00", 1,
				SpreekuurInvoer.tekst(vandaag), "", null, null);
	}

	static SpreekuurForm van(SpreekuurInfo info) {
		return new SpreekuurForm(info.teamId(), info.soort(), info.locatieNaam(), info.locatieAdres(), info.weekdag(),
				SpreekuurInvoer.tekst(info.begintijd()), SpreekuurInvoer.tekst(info.eindtijd()), info.elkeWeken(),
				SpreekuurInvoer.tekst(info.geldigVan()), SpreekuurInvoer.tekst(info.geldigTot()), info.partnerId(),
				info.version());
	}

	/** The rules between fields: readable times and dates, the end after the start. */
	void controleer(Errors errors) {
		LocalTime begin = tijd(errors, "begintijd", this.begintijd);
		LocalTime eind = tijd(errors, "eindtijd", this.eindtijd);
		if (begin != null && eind != null && !eind.isAfter(begin)) {
			errors.rejectValue("eindtijd", "spreekuur.fout.eindNaBegin");
		}
		LocalDate van = null;
		if (SpreekuurInvoer.isLeeg(this.geldigVan)) {
			errors.rejectValue("geldigVan", "spreekuur.fout.geldigVanVerplicht");
		}
		else {
			van = SpreekuurInvoer.datum(this.geldigVan).orElse(null);
			if (van == null) {
				errors.rejectValue("geldigVan", "spreekuur.fout.datumOngeldig");
			}
		}
		if (!SpreekuurInvoer.isLeeg(this.geldigTot)) {
			LocalDate tot = SpreekuurInvoer.datum(this.geldigTot).orElse(null);
			if (tot == null) {
				errors.rejectValue("geldigTot", "spreekuur.fout.datumOngeldig");
			}
			else if (van != null && tot.isBefore(van)) {
				errors.rejectValue("geldigTot", "spreekuur.fout.geldigTot");
			}
		}
	}

	private static LocalTime tijd(Errors errors, String veld, String waarde) {
		if (SpreekuurInvoer.isLeeg(waarde)) {
			errors.rejectValue(veld, "spreekuur.fout.tijdVerplicht");
			return null;
		}
		LocalTime tijd = SpreekuurInvoer.tijd(waarde).orElse(null);
		if (tijd == null) {
			errors.rejectValue(veld, "spreekuur.fout.tijdOngeldig");
		}
		return tijd;
	}

	/** Only after {@link #controleer} found no errors. */
	SpreekuurGegevens toGegevens() {
		return new SpreekuurGegevens(this.teamId, this.soort, this.locatieNaam, this.locatieAdres, this.weekdag,
				SpreekuurInvoer.tijd(this.begintijd).orElseThrow(), SpreekuurInvoer.tijd(this.eindtijd).orElseThrow(),
				this.elkeWeken, SpreekuurInvoer.datum(this.geldigVan).orElseThrow(),
				SpreekuurInvoer.datum(this.geldigTot).orElse(null), this.partnerId);
	}

}
