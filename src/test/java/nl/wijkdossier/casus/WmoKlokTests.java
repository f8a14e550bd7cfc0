package nl.wijkdossier.casus;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.wijkdossier.casus.WmoKlok.Kleur;

import static org.assertj.core.api.Assertions.assertThat;

class WmoKlokTests {

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	private static WmoKlok klok(String gemeld, String vandaag) {
		return WmoKlok.van(d(gemeld), null, null, null, null, null, d(vandaag));
	}

	@ParameterizedTest
	@CsvSource({ "2026-01-20, 2026-03-03", // over the end of February
			"2028-01-20, 2028-03-02", // leap year
			"2026-03-20, 2026-05-01", // across the spring DST change (29 March)
			"2026-10-20, 2026-12-01", // across the autumn DST change (25 October)
			"2026-12-31, 2027-02-11" // across the year end
	})
	void onderzoekEndsSixWeeksAfterTheMelding(String gemeld, String uiterlijk) {
		assertThat(klok(gemeld, gemeld).onderzoek().uiterlijk()).isEqualTo(d(uiterlijk));
	}

	@Test
	void persoonlijkPlanWindowIsSevenDays() {
		assertThat(klok("2026-02-25", "2026-02-25").persoonlijkPlanTot()).isEqualTo(d("2026-03-04"));
	}

	@Test
	void beschikkingIsDueTwoWeeksAfterTheAanvraag() {
		WmoKlok klok = WmoKlok.van(d("2026-01-05"), null, null, d("2026-02-01"), d("2026-02-20"), null,
				d("2026-02-21"));
		assertThat(klok.beschikking().uiterlijk()).isEqualTo(d("2026-03-06"));
		assertThat(klok.eerstvolgende()).isEqualTo(klok.beschikking());
	}

	@Test
	void suspendedDaysMoveTheDeadlines() {
		WmoKlok klok = WmoKlok.van(d("2026-01-05"), d("2026-01-10"), d("2026-01-20"), null, null, null,
				d("2026-01-25"));
		assertThat(klok.opgeschorteDagen()).isEqualTo(10);
		assertThat(klok.onderzoek().uiterlijk()).isEqualTo(d("2026-02-26"));
		assertThat(klok.nuOpgeschort()).isFalse();
	}

	@Test
	void anOpenSuspensionKeepsMovingTheDeadlineUntilResumed() {
		WmoKlok vandaag = WmoKlok.van(d("2026-01-05"), d("2026-01-10"), null, null, null, null, d("2026-01-15"));
		WmoKlok morgen = WmoKlok.van(d("2026-01-05"), d("2026-01-10"), null, null, null, null, d("2026-01-16"));
		assertThat(vandaag.nuOpgeschort()).isTrue();
		assertThat(morgen.onderzoek().uiterlijk()).isEqualTo(vandaag.onderzoek().uiterlijk().plusDays(1));
	}

	@Test
	void suspensionBeforeTheAanvraagDoesNotMoveTheBeschikking() {
		WmoKlok klok = WmoKlok.van(d("2026-01-05"), d("2026-01-10"), d("2026-01-20"), d("2026-02-01"), d("2026-02-02"),
				null, d("2026-02-03"));
		assertThat(klok.beschikking().uiterlijk()).isEqualTo(d("2026-02-16"));
	}

	@ParameterizedTest
	@CsvSource({ "2026-01-05, GROEN", "2026-02-08, GROEN", "2026-02-09, AMBER", "2026-02-16, AMBER",
			"2026-02-17, ROOD" })
	void colourTurnsAmberSevenDaysBeforeAndRedAfterTheDeadline(String vandaag, Kleur kleur) {
		WmoKlok klok = klok("2026-01-05", vandaag);
		assertThat(klok.onderzoek().uiterlijk()).isEqualTo(d("2026-02-16"));
		assertThat(klok.onderzoek().kleur()).isEqualTo(kleur);
	}

	@Test
	void finishedOnderzoekSaysWhetherItWasInTime() {
		assertThat(WmoKlok.van(d("2026-01-05"), null, null, d("2026-02-16"), null, null, d("2026-03-30"))
			.onderzoek()
			.kleur()).isEqualTo(Kleur.AFGEROND);
		assertThat(WmoKlok.van(d("2026-01-05"), null, null, d("2026-02-17"), null, null, d("2026-03-30"))
			.onderzoek()
			.kleur()).isEqualTo(Kleur.TE_LAAT_AFGEROND);
	}

	@Test
	void daysLeftAreNegativeWhenOverdue() {
		assertThat(klok("2026-01-05", "2026-02-20").onderzoek().dagenOver()).isEqualTo(-4);
	}

}
