package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.spreekuur.Sessieplanning.Schema;
import nl.wijkdossier.spreekuur.Sessieplanning.Sessie;
import nl.wijkdossier.spreekuur.Sessieplanning.Uitzondering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sessions follow from the schedule: weekday, interval, validity, cancellations (one
 * spreekuur, a team, the whole city), one-off extras, and the weeks the clocks change.
 */
class SessieplanningTests {

	private static final LocalTime NEGEN = LocalTime.of(9, 0);

	private static final LocalTime ELF = LocalTime.of(11, 0);

	private static Schema dinsdag(LocalDate van, LocalDate tot, int elkeWeken) {
		return new Schema(1, 10, DayOfWeek.TUESDAY, NEGEN, ELF, elkeWeken, van, tot);
	}

	private static List<Sessie> sessies(Schema schema, List<Uitzondering> uitzonderingen, String van, String tot) {
		return Sessieplanning.sessies(schema, uitzonderingen, LocalDate.parse(van), LocalDate.parse(tot),
				ClockConfiguration.ZONE);
	}

	@Test
	void everyWeekOnItsWeekdayWithinThePeriod() {
		List<Sessie> sessies = sessies(dinsdag(LocalDate.parse("2026-01-01"), null, 1), List.of(), "2026-11-23",
				"2026-12-13");
		assertThat(sessies).extracting(Sessie::datum)
			.containsExactly(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-01"),
					LocalDate.parse("2026-12-08"));
		assertThat(sessies).allSatisfy((s) -> assertThat(s.vervalt()).isFalse());
	}

	@Test
	void everyOtherWeekCountsFromTheFirstSessionNotFromThePeriod() {
		// first session Tuesday 6 January 2026; every two weeks: 6 Jan, 20 Jan, ... 24
		// Nov, 8 Dec
		List<Sessie> sessies = sessies(dinsdag(LocalDate.parse("2026-01-06"), null, 2), List.of(), "2026-11-18",
				"2026-12-20");
		assertThat(sessies).extracting(Sessie::datum)
			.containsExactly(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-08"));
		List<Sessie> volgendeWeek = sessies(dinsdag(LocalDate.parse("2026-01-06"), null, 2), List.of(), "2026-11-25",
				"2026-12-07");
		assertThat(volgendeWeek).isEmpty();
	}

	@Test
	void validityBoundsAreInclusive() {
		List<Sessie> sessies = sessies(dinsdag(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-01"), 1),
				List.of(), "2026-11-01", "2026-12-31");
		assertThat(sessies).extracting(Sessie::datum)
			.containsExactly(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-01"));
	}

	@Test
	void aCancellationKeepsTheSessionWithItsReason() {
		List<Uitzondering> uitzonderingen = List
			.of(new Uitzondering(false, 1L, null, LocalDate.parse("2026-12-01"), null, null, "Teamdag"));
		List<Sessie> sessies = sessies(dinsdag(LocalDate.parse("2026-01-01"), null, 1), uitzonderingen, "2026-11-23",
				"2026-12-06");
		assertThat(sessies).hasSize(2);
		assertThat(sessies.get(0).vervalt()).isFalse();
		assertThat(sessies.get(1).vervaltReden()).isEqualTo("Teamdag");
	}

	@Test
	void cityAndTeamCancellationsCoverEverySpreekuurTheyReach() {
		Schema schema = dinsdag(LocalDate.parse("2026-01-01"), null, 1);
		Uitzondering kerst = new Uitzondering(false, null, null, LocalDate.parse("2026-12-29"), null, null,
				"Kerstvakantie");
		Uitzondering ditTeam = new Uitzondering(false, null, 10L, LocalDate.parse("2026-12-22"), null, null,
				"Heidag team");
		Uitzondering anderTeam = new Uitzondering(false, null, 11L, LocalDate.parse("2026-12-15"), null, null,
				"Heidag ander team");
		Uitzondering anderSpreekuur = new Uitzondering(false, 2L, null, LocalDate.parse("2026-12-08"), null, null,
				"Ander spreekuur");
		List<Sessie> sessies = sessies(schema, List.of(kerst, ditTeam, anderTeam, anderSpreekuur), "2026-12-07",
				"2026-12-31");
		assertThat(sessies).extracting(Sessie::vervaltReden)
			.containsExactly(null, null, "Heidag team", "Kerstvakantie");
	}

	@Test
	void anExtraSessionIsAddedEvenOnAnotherDay() {
		Uitzondering extra = new Uitzondering(true, 1L, null, LocalDate.parse("2026-11-26"), LocalTime.of(13, 0),
				LocalTime.of(15, 0), "Extra spreekuur toeslagen");
		Uitzondering vanAnder = new Uitzondering(true, 2L, null, LocalDate.parse("2026-11-27"), LocalTime.of(13, 0),
				LocalTime.of(15, 0), "Van een ander spreekuur");
		List<Sessie> sessies = sessies(dinsdag(LocalDate.parse("2026-01-01"), null, 1), List.of(extra, vanAnder),
				"2026-11-23", "2026-11-29");
		assertThat(sessies).hasSize(2);
		assertThat(sessies.get(1).extra()).isTrue();
		assertThat(sessies.get(1).datum()).isEqualTo(LocalDate.parse("2026-11-26"));
		assertThat(sessies.get(1).begin()).isEqualTo(LocalTime.of(13, 0));
	}

	@Test
	void anExtraOutsideThePeriodIsNotAdded() {
		Uitzondering extra = new Uitzondering(true, 1L, null, LocalDate.parse("2026-12-26"), LocalTime.of(13, 0),
				LocalTime.of(15, 0), "Later");
		assertThat(sessies(dinsdag(LocalDate.parse("2026-01-01"), null, 1), List.of(extra), "2026-11-23", "2026-11-29"))
			.hasSize(1);
	}

	@Test
	void theWallClockTimeHoldsInTheWeeksTheClocksChange() {
		// Sunday 29 March 2026 summer time starts; Sunday 25 October 2026 it ends
		Schema zondag = new Schema(1, 10, DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0), 1,
				LocalDate.parse("2026-01-01"), null);
		Schema maandag = new Schema(1, 10, DayOfWeek.MONDAY, NEGEN, ELF, 1, LocalDate.parse("2026-01-01"), null);
		List<Sessie> voor = sessies(maandag, List.of(), "2026-03-23", "2026-03-23");
		List<Sessie> na = sessies(maandag, List.of(), "2026-03-30", "2026-03-30");
		assertThat(voor.get(0).beginOp()).isEqualTo(Instant.parse("2026-03-23T08:00:00Z"));
		assertThat(na.get(0).beginOp()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
		assertThat(Duration.between(na.get(0).beginOp(), na.get(0).eindOp())).isEqualTo(Duration.ofHours(2));
		List<Sessie> winter = sessies(maandag, List.of(), "2026-10-26", "2026-10-26");
		assertThat(winter.get(0).beginOp()).isEqualTo(Instant.parse("2026-10-26T08:00:00Z"));
		// 02:30 does not exist on 29 March: the session starts at 03:30 summer time, the
		// same instant
		List<Sessie> gat = sessies(zondag, List.of(), "2026-03-29", "2026-03-29");
		assertThat(gat.get(0).beginOp()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
		assertThat(gat.get(0).eindOp()).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
		// 02:30 happens twice on 25 October: the earlier one (summer time) counts
		List<Sessie> dubbel = sessies(zondag, List.of(), "2026-10-25", "2026-10-25");
		assertThat(dubbel.get(0).beginOp()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
		assertThat(Duration.between(dubbel.get(0).beginOp(), dubbel.get(0).eindOp()))
			.isEqualTo(Duration.ofMinutes(150));
	}

	@Test
	void aScheduleMustMakeSense() {
		assertThatThrownBy(
				() -> new Schema(1, 10, DayOfWeek.MONDAY, ELF, NEGEN, 1, LocalDate.parse("2026-01-01"), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new Schema(1, 10, DayOfWeek.MONDAY, NEGEN, ELF, 5, LocalDate.parse("2026-01-01"), null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Schema(1, 10, DayOfWeek.MONDAY, NEGEN, ELF, 1, LocalDate.parse("2026-01-02"),
				LocalDate.parse("2026-01-01")))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
