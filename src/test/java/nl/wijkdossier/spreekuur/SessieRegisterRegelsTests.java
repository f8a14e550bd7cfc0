package nl.wijkdossier.spreekuur;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.wijkdossier.spreekuur.SessieRegisterRegels.Fout;
import nl.wijkdossier.spreekuur.SessieRegisterRegels.Lijn;
import nl.wijkdossier.spreekuur.SessieRegisterRegels.Venster;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's rules on their own: when it is open, which line "undo" takes back, who
 * corrects after closing and with what, and what a valid line is.
 */
class SessieRegisterRegelsTests {

	private static final Instant BEGIN = Instant.parse("2026-03-10T08:00:00Z");

	private static final Instant EIND = Instant.parse("2026-03-10T10:00:00Z");

	@Test
	void theRegisterOpensHalfAnHourBeforeTheStartAndClosesAnHourAfterTheEnd() {
		assertThat(SessieRegisterRegels.venster(BEGIN, EIND, Instant.parse("2026-03-10T07:29:59Z")))
			.isEqualTo(Venster.NOG_NIET_OPEN);
		assertThat(SessieRegisterRegels.venster(BEGIN, EIND, Instant.parse("2026-03-10T07:30:00Z")))
			.isEqualTo(Venster.OPEN);
		assertThat(SessieRegisterRegels.venster(BEGIN, EIND, Instant.parse("2026-03-10T09:00:00Z")))
			.isEqualTo(Venster.OPEN);
		assertThat(SessieRegisterRegels.venster(BEGIN, EIND, Instant.parse("2026-03-10T11:00:00Z")))
			.isEqualTo(Venster.OPEN);
		assertThat(SessieRegisterRegels.venster(BEGIN, EIND, Instant.parse("2026-03-10T11:00:01Z")))
			.isEqualTo(Venster.GESLOTEN);
	}

	@Test
	void registeringIsRefusedForACancelledSessionAndOutsideTheWindow() {
		assertThat(SessieRegisterRegels.weigeringRegistreren(null, Venster.OPEN)).isEmpty();
		assertThat(SessieRegisterRegels.weigeringRegistreren("Koningsdag", Venster.OPEN))
			.contains("register.regel.vervalt");
		assertThat(SessieRegisterRegels.weigeringRegistreren(null, Venster.GESLOTEN))
			.contains("register.regel.gesloten");
		assertThat(SessieRegisterRegels.weigeringRegistreren(null, Venster.NOG_NIET_OPEN))
			.contains("register.regel.nogNietOpen");
	}

	@Test
	void undoTakesBackOnlyTheUsersOwnLatestStandingLine() {
		long ik = 1;
		long collega = 2;
		List<Lijn> lijnen = List.of(new Lijn(11, 1, ik, false), new Lijn(12, 2, ik, false),
				new Lijn(13, 3, collega, false), new Lijn(14, 4, ik, true), new Lijn(15, 5, collega, false));
		assertThat(SessieRegisterRegels.laatsteEigen(lijnen, ik)).map(Lijn::id).contains(12L);
		assertThat(SessieRegisterRegels.laatsteEigen(lijnen, collega)).map(Lijn::id).contains(15L);
		assertThat(SessieRegisterRegels.laatsteEigen(lijnen, 3)).isEmpty();
	}

	@Test
	void undoIsRefusedWhenClosedWithoutAnOwnLineOrWhenAnotherLineWasExpected() {
		Optional<Lijn> laatste = Optional.of(new Lijn(12, 2, 1, false));
		assertThat(SessieRegisterRegels.weigeringIntrekken(Venster.OPEN, laatste, 12L)).isEmpty();
		assertThat(SessieRegisterRegels.weigeringIntrekken(Venster.OPEN, laatste, null)).isEmpty();
		assertThat(SessieRegisterRegels.weigeringIntrekken(Venster.OPEN, laatste, 11L))
			.contains("register.regel.nietLaatste");
		assertThat(SessieRegisterRegels.weigeringIntrekken(Venster.OPEN, Optional.empty(), null))
			.contains("register.regel.geenEigenRegel");
		assertThat(SessieRegisterRegels.weigeringIntrekken(Venster.GESLOTEN, laatste, 12L))
			.contains("register.regel.gesloten");
	}

	@Test
	void onlyAManagerOfTheTeamCorrectsAStandingLineAndAlwaysWithAReason() {
		assertThat(SessieRegisterRegels.weigeringCorrectie(true, false, "Dubbel geregistreerd")).isEmpty();
		assertThat(SessieRegisterRegels.weigeringCorrectie(false, false, "Dubbel geregistreerd"))
			.containsExactly(Fout.algemeen("register.regel.alleenManager"));
		assertThat(SessieRegisterRegels.weigeringCorrectie(true, true, "Dubbel"))
			.containsExactly(Fout.algemeen("register.regel.alIngetrokken"));
		assertThat(SessieRegisterRegels.weigeringCorrectie(true, false, "  "))
			.containsExactly(new Fout("reden", "register.fout.reden"));
		assertThat(SessieRegisterRegels.weigeringCorrectie(true, false, "x".repeat(301)))
			.containsExactly(new Fout("reden", "register.fout.redenTeLang"));
	}

	@Test
	void theDurationIsAWholeNumberOfMinutesFromOneTo240() {
		assertThat(SessieRegisterRegels.isGeldigeDuur(1)).isTrue();
		assertThat(SessieRegisterRegels.isGeldigeDuur(240)).isTrue();
		assertThat(SessieRegisterRegels.isGeldigeDuur(0)).isFalse();
		assertThat(SessieRegisterRegels.isGeldigeDuur(241)).isFalse();
		assertThat(SessieRegisterRegels.isGeldigeDuur(null)).isFalse();
		assertThat(BezoekForm.minuten("15")).isEqualTo(15);
		assertThat(BezoekForm.minuten("10 min")).isNull();
		assertThat(BezoekForm.minuten("-5")).isNull();
		assertThat(velden(
				SessieRegisterRegels.controleer(BezoekOnderwerp.WONEN, BezoekResultaat.AFGEHANDELD, 241, null, null)))
			.containsExactly("duurMinuten");
	}

	@Test
	void aReferralNeedsItsSocialeKaartEntry() {
		assertThat(velden(
				SessieRegisterRegels.controleer(BezoekOnderwerp.WONEN, BezoekResultaat.DOORVERWEZEN, 10, null, null)))
			.containsExactly("voorzieningId");
		assertThat(SessieRegisterRegels.controleer(BezoekOnderwerp.WONEN, BezoekResultaat.DOORVERWEZEN, 10, null, 7L))
			.isEmpty();
		assertThat(
				new BezoekInvoer(BezoekOnderwerp.WONEN, BezoekResultaat.AFGEHANDELD, 10, " ", 7L, null).voorzieningId())
			.as("alleen bij doorverwezen bewaard")
			.isNull();
	}

	@Test
	void aLineNeedsATopicAResultAndANoteOfAtMost500Characters() {
		assertThat(velden(SessieRegisterRegels.controleer(null, null, 10, "x".repeat(501), null)))
			.containsExactly("onderwerp", "resultaat", "notitie");
		assertThat(SessieRegisterRegels.controleer(BezoekOnderwerp.OVERIG, BezoekResultaat.AANMELDING, 30,
				"x".repeat(500), null))
			.isEmpty();
	}

	private static List<String> velden(List<Fout> fouten) {
		return fouten.stream().map(Fout::veld).toList();
	}

}
