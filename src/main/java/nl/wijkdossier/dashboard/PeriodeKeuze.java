package nl.wijkdossier.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The period fields of the dashboard form ({@code periode}, {@code van}, {@code tot}) as
 * typed, and either the {@link Periode} they choose or, per field, the message key of
 * what is wrong (dates as 2026-11-23 from a date field, or typed as 23-11-2026). Nothing
 * given: the current month so far. A custom period needs both dates, in order, not in the
 * future and at most {@value #MAXIMUM_DAGEN} days long.
 */
record PeriodeKeuze(String periode, String van, String tot, Periode gekozen, Map<String, String> fouten) {

	static final int MAXIMUM_DAGEN = 3 * 366;

	static final LocalDate VROEGSTE = LocalDate.of(2000, 1, 1);

	static PeriodeKeuze van(String periode, String van, String tot, LocalDate vandaag) {
		Map<String, String> fouten = new LinkedHashMap<>();
		Periode.Soort soort = Periode.Soort.MAAND;
		if (periode != null && !periode.isBlank()) {
			try {
				soort = Periode.Soort.valueOf(periode.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				fouten.put("periode", "dashboard.fout.periode");
			}
		}
		LocalDate begin = datum(van, "van", fouten);
		LocalDate eind = datum(tot, "tot", fouten);
		String soortNaam = fouten.containsKey("periode") ? periode : soort.name();
		if (!fouten.isEmpty()) {
			return new PeriodeKeuze(soortNaam, van, tot, null, fouten);
		}
		if (soort != Periode.Soort.ANDERS) {
			LocalDate dag = (begin != null) ? begin : vandaag;
			if (dag.isAfter(vandaag)) {
				fouten.put("van", "dashboard.fout.toekomst");
				return new PeriodeKeuze(soortNaam, van, tot, null, fouten);
			}
			Periode gekozen = Periode.kalender(soort, dag, vandaag);
			return new PeriodeKeuze(soortNaam, gekozen.van().toString(), gekozen.tot().toString(), gekozen, fouten);
		}
		if (begin == null) {
			fouten.put("van", "dashboard.fout.vanLeeg");
		}
		if (eind == null) {
			fouten.put("tot", "dashboard.fout.totLeeg");
		}
		if (begin != null && eind != null) {
			if (eind.isAfter(vandaag)) {
				fouten.put("tot", "dashboard.fout.toekomst");
			}
			else if (eind.isBefore(begin)) {
				fouten.put("tot", "dashboard.fout.volgorde");
			}
			else if (begin.plusDays(MAXIMUM_DAGEN).isBefore(eind.plusDays(1))) {
				fouten.put("tot", "dashboard.fout.teLang");
			}
		}
		if (!fouten.isEmpty()) {
			return new PeriodeKeuze(soortNaam, van, tot, null, fouten);
		}
		return new PeriodeKeuze(soortNaam, van, tot, new Periode(soort, begin, eind), fouten);
	}

	private static LocalDate datum(String tekst, String veld, Map<String, String> fouten) {
		if (tekst == null || tekst.isBlank()) {
			return null;
		}
		try {
			String t = tekst.strip();
			LocalDate datum = t.matches("\\d{1,2}-\\d{1,2}-\\d{4}")
					? LocalDate.parse(t, java.time.format.DateTimeFormatter.ofPattern("d-M-uuuu")
						.withResolverStyle(java.time.format.ResolverStyle.STRICT))
					: LocalDate.parse(t);
			if (datum.isBefore(VROEGSTE)) {
				fouten.put(veld, "dashboard.fout.teVroeg");
				return null;
			}
			return datum;
		}
		catch (DateTimeParseException ex) {
			fouten.put(veld, "dashboard.fout.datum");
			return null;
		}
	}

	boolean isGeldig() {
		return this.gekozen != null;
	}

}
