package nl.wijkdossier.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Choosing a period: the running month by default, calendar units holding a day, a custom
 * period checked field by field, and the previous period of equal length.
 */
class PeriodeTests {

	private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 23);

	@Test
	void withoutChoiceTheCurrentMonthSoFarIsComparedWithTheSameDaysOfTheMonthBefore() {
		PeriodeKeuze keuze = PeriodeKeuze.van(null, null, null, VANDAAG);
		assertThat(keuze.gekozen()).isEqualTo(new Periode(Periode.Soort.MAAND, LocalDate.of(2026, 11, 1), VANDAAG));
		assertThat(keuze.gekozen().vorige().van()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(keuze.gekozen().vorige().tot()).isEqualTo(LocalDate.of(2026, 10, 23));
	}

	@Test
	void aPastQuarterIsWholeAndItsPredecessorHasTheSameLengthAtMost() {
		Periode kwartaal = PeriodeKeuze.van("KWARTAAL", "2026-05-10", null, VANDAAG).gekozen();
		assertThat(kwartaal.van()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(kwartaal.tot()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(kwartaal.vorige().van()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(kwartaal.vorige().tot()).isEqualTo(LocalDate.of(2026, 3, 31));
	}

	@Test
	void theCurrentYearRunsUntilToday() {
		Periode jaar = PeriodeKeuze.van("jaar", "", "", VANDAAG).gekozen();
		assertThat(jaar.van()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(jaar.tot()).isEqualTo(VANDAAG);
		assertThat(jaar.vorige().tot()).isEqualTo(LocalDate.of(2025, 11, 23));
	}

	@Test
	void aCustomPeriodIsComparedWithTheSameNumberOfDaysJustBefore() {
		Periode anders = PeriodeKeuze.van("ANDERS", "2026-02-20", "01-03-2026", VANDAAG).gekozen();
		assertThat(anders.dagen()).isEqualTo(10);
		assertThat(anders.vorige().tot()).isEqualTo(LocalDate.of(2026, 2, 19));
		assertThat(anders.vorige().van()).isEqualTo(LocalDate.of(2026, 2, 10));
	}

	@Test
	void wrongCustomDatesGiveAnErrorPerField() {
		assertThat(PeriodeKeuze.van("ANDERS", "", "", VANDAAG).fouten()).containsEntry("van", "dashboard.fout.vanLeeg")
			.containsEntry("tot", "dashboard.fout.totLeeg");
		assertThat(PeriodeKeuze.van("ANDERS", "2026-02-30", "2026-03-01", VANDAAG).fouten()).containsEntry("van",
				"dashboard.fout.datum");
		assertThat(PeriodeKeuze.van("ANDERS", "2026-03-01", "2026-02-01", VANDAAG).fouten()).containsEntry("tot",
				"dashboard.fout.volgorde");
		assertThat(PeriodeKeuze.van("ANDERS", "2026-03-01", "2026-12-01", VANDAAG).fouten()).containsEntry("tot",
				"dashboard.fout.toekomst");
		assertThat(PeriodeKeuze.van("ANDERS", "2020-01-01", "2026-01-01", VANDAAG).fouten()).containsEntry("tot",
				"dashboard.fout.teLang");
		assertThat(PeriodeKeuze.van("WEEK", null, null, VANDAAG).fouten()).containsEntry("periode",
				"dashboard.fout.periode");
		assertThat(PeriodeKeuze.van("MAAND", "1999-12-01", null, VANDAAG).fouten()).containsEntry("van",
				"dashboard.fout.teVroeg");
		assertThat(PeriodeKeuze.van("ANDERS", "2026-03-01", "2026-02-01", VANDAAG).isGeldig()).isFalse();
	}

}
