package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Cijfers;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Onderwerp;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Overzicht;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.Resultaat;
import nl.wijkdossier.spreekuur.SpreekuurOverzicht.SpreekuurCijfers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of the overview, on a fresh team nobody else writes to: visits per ISO
 * week, withdrawn lines left out, topic and result mixes in whole percentages that add up
 * to 100, the average duration, aanmeldingen (and those with a case), cancelled sessions
 * counted apart from held ones and held ones without any visit; another team's spreekuur
 * stays out, and a session that has not begun does not count.
 */
@SpringBootTest
class SpreekuurOverzichtTests {

	private final SpreekuurOverzicht overzicht;

	private final CasusFixtures casussen;

	private final SpreekuurOverzichtFixture fixture;

	private long team;

	private long anderTeam;

	/** Monday of this week. */
	private LocalDate maandag;

	@Autowired
	SpreekuurOverzichtTests(JdbcClient jdbc, SpreekuurOverzicht overzicht, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.overzicht = overzicht;
		this.casussen = new CasusFixtures(jdbc, inwoners, beheer);
		this.fixture = new SpreekuurOverzichtFixture(jdbc);
	}

	@BeforeEach
	void teams() {
		CasusFixtures.NieuwTeam nieuw = this.casussen.nieuwTeam();
		this.team = nieuw.teamId();
		this.anderTeam = this.casussen.team(nieuw.clusterId(), null);
		this.maandag = LocalDate.now(ClockConfiguration.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	@Test
	void countsVisitsPerWeekWithoutWithdrawnLinesAndSharesThatAddUpToAHundred() {
		long spreekuur = this.fixture.spreekuur(this.team, "INLOOP", SpreekuurOverzichtFixture.locatie());
		long casus = this.casussen.casus(this.casussen.inwoner().id(), this.team).dagenGeleden(21).opslaan();
		long week1 = this.fixture.sessie(spreekuur, this.maandag.minusWeeks(3).plusDays(1), null);
		this.fixture.bezoek(week1, "FORMULIEREN_BRIEVEN", "AFGEHANDELD", 10);
		this.fixture.bezoek(week1, "SCHULDEN_GELDZAKEN", "DOORVERWEZEN", 30);
		this.fixture.bezoek(week1, "WONEN", "AANMELDING", 20, casus, false);
		this.fixture.bezoek(week1, "SCHULDEN_GELDZAKEN", "AFGEHANDELD", 90, null, true);
		long week2 = this.fixture.sessie(spreekuur, this.maandag.minusWeeks(2).plusDays(1), null);
		this.fixture.bezoek(week2, "FORMULIEREN_BRIEVEN", "VERVOLGAFSPRAAK", 14);
		this.fixture.sessie(spreekuur, this.maandag.minusWeeks(1).plusDays(1), "Feestdag");
		this.fixture.sessie(spreekuur, this.maandag.minusWeeks(1).plusDays(4), LocalTime.of(13, 0), null);

		Overzicht o = lees(this.team);

		assertThat(o.weken()).extracting(SpreekuurOverzicht.Week::maandag)
			.containsExactly(this.maandag.minusWeeks(3), this.maandag.minusWeeks(2), this.maandag.minusWeeks(1));
		assertThat(o.spreekuren()).hasSize(1);
		SpreekuurCijfers s = o.spreekuren().get(0);
		assertThat(s.spreekuur().id()).isEqualTo(spreekuur);
		assertThat(s.perWeek()).extracting((w) -> w.cijfers().bezoeken()).containsExactly(3L, 1L, 0L);
		assertThat(s.perWeek()).extracting((w) -> w.cijfers().sessiesGehouden()).containsExactly(1L, 1L, 1L);
		assertThat(s.perWeek()).extracting((w) -> w.cijfers().sessiesVervallen()).containsExactly(0L, 0L, 1L);
		assertThat(s.perWeek()).extracting((w) -> w.cijfers().sessiesZonderBezoek()).containsExactly(0L, 0L, 1L);

		Cijfers totaal = s.totaal();
		assertThat(totaal.bezoeken()).as("the withdrawn line does not count").isEqualTo(4);
		assertThat(totaal.gemiddeldeDuur()).isEqualTo(18.5);
		assertThat(totaal.resultaat(Resultaat.AFGEHANDELD)).isEqualTo(1);
		assertThat(totaal.resultaat(Resultaat.DOORVERWEZEN)).isEqualTo(1);
		assertThat(totaal.aanmeldingen()).isEqualTo(1);
		assertThat(totaal.aanmeldingenMetCasus()).isEqualTo(1);
		assertThat(totaal.resultaatProcenten()).containsEntry(Resultaat.AANMELDING, 25)
			.containsEntry(Resultaat.VERVOLGAFSPRAAK, 25);
		assertThat(totaal.onderwerp(Onderwerp.FORMULIEREN_BRIEVEN)).isEqualTo(2);
		assertThat(totaal.onderwerp(Onderwerp.SCHULDEN_GELDZAKEN)).as("the withdrawn one left out").isEqualTo(1);
		assertThat(totaal.procent(Onderwerp.FORMULIEREN_BRIEVEN)).isEqualTo(50);
		assertThat(som(totaal.onderwerpProcenten())).isEqualTo(100);
		assertThat(som(totaal.resultaatProcenten())).isEqualTo(100);
		assertThat(totaal.sessiesGehouden()).isEqualTo(3);
		assertThat(totaal.sessiesVervallen()).isEqualTo(1);
		assertThat(totaal.sessiesZonderBezoek()).isEqualTo(1);

		// three topics of one visit each: 34 + 33 + 33
		Cijfers eersteWeek = s.perWeek().get(0).cijfers();
		assertThat(eersteWeek.onderwerpProcenten().values()).containsExactlyInAnyOrder(34, 33, 33, 0, 0, 0, 0, 0);
		assertThat(o.totaal().bezoeken()).isEqualTo(4);
		assertThat(o.perWeek()).extracting((w) -> w.cijfers().bezoeken()).containsExactly(3L, 1L, 0L);
	}

	@Test
	void anotherTeamsSpreekuurStaysOutAndBothAddUpTogether() {
		long eigen = this.fixture.spreekuur(this.team, "INLOOP", SpreekuurOverzichtFixture.locatie());
		long ander = this.fixture.spreekuur(this.anderTeam, "ADMINISTRATIEF", SpreekuurOverzichtFixture.locatie());
		long sessie = this.fixture.sessie(eigen, this.maandag.minusWeeks(2).plusDays(1), null);
		this.fixture.bezoek(sessie, "WONEN", "AFGEHANDELD", 15);
		long andere = this.fixture.sessie(ander, this.maandag.minusWeeks(2).plusDays(2), null);
		this.fixture.bezoek(andere, "TOESLAGEN_BELASTING", "AFGEHANDELD", 20);
		this.fixture.bezoek(andere, "TOESLAGEN_BELASTING", "AFGEHANDELD", 25);

		assertThat(lees(this.team).spreekuren()).extracting((s) -> s.spreekuur().id()).containsExactly(eigen);
		assertThat(lees(this.team).totaal().bezoeken()).isEqualTo(1);
		assertThat(lees(this.anderTeam).totaal().bezoeken()).isEqualTo(2);
		Overzicht beide = this.overzicht.lees(List.of(this.team, this.anderTeam), this.maandag.minusWeeks(3),
				this.maandag.minusDays(1));
		assertThat(beide.totaal().bezoeken()).isEqualTo(3);
		assertThat(beide.spreekuren()).hasSize(2);
		assertThat(this.overzicht.lees(List.of(), this.maandag.minusWeeks(3), this.maandag.minusDays(1)).isLeeg())
			.isTrue();
	}

	@Test
	void aSessionThatHasNotBegunDoesNotCountYet() {
		long spreekuur = this.fixture.spreekuur(this.team, "INLOOP", SpreekuurOverzichtFixture.locatie());
		this.fixture.sessie(spreekuur, this.maandag.minusWeeks(1).plusDays(1), null);
		Cijfers voor = this.overzicht.laatsteWeken(List.of(this.team), 4).totaal();
		ZonedDateTime straks = ZonedDateTime.now(ClockConfiguration.ZONE)
			.plusMinutes(90)
			.truncatedTo(ChronoUnit.MINUTES);
		this.fixture.sessie(spreekuur, straks.toLocalDate(), straks.toLocalTime(), null);
		Cijfers na = this.overzicht.laatsteWeken(List.of(this.team), 4).totaal();
		assertThat(voor.sessiesGehouden()).isEqualTo(1);
		assertThat(na.sessiesGehouden()).isEqualTo(1);
		assertThat(na.sessiesZonderBezoek()).isEqualTo(1);
	}

	@Test
	void theLastWeeksRunFromAMondayToToday() {
		Overzicht o = this.overzicht.laatsteWeken(List.of(this.team), 8);
		assertThat(o.weken()).hasSize(8);
		assertThat(o.van()).isEqualTo(this.maandag.minusWeeks(7));
		assertThat(o.tot()).isEqualTo(LocalDate.now(ClockConfiguration.ZONE));
		assertThat(o.isLeeg()).as("a new team has no spreekuren").isTrue();
		assertThat(o.totaal().gemiddeldeDuur()).isNull();
		assertThat(som(o.totaal().resultaatProcenten())).as("nothing to share").isZero();
	}

	@Test
	void wholePercentagesAlwaysAddUpToAHundred() {
		Random random = new Random(7);
		for (int i = 0; i < 500; i++) {
			Map<Resultaat, Long> aantallen = new EnumMap<>(Resultaat.class);
			for (Resultaat r : Resultaat.values()) {
				if (random.nextInt(4) > 0) {
					aantallen.put(r, (long) random.nextInt(40));
				}
			}
			long totaal = aantallen.values().stream().mapToLong(Long::longValue).sum();
			Map<Resultaat, Integer> procenten = SpreekuurOverzicht.procenten(Resultaat.class, aantallen);
			assertThat(som(procenten)).as(aantallen.toString()).isEqualTo((totaal > 0) ? 100 : 0);
			for (Resultaat r : Resultaat.values()) {
				double exact = (totaal > 0) ? 100.0 * aantallen.getOrDefault(r, 0L) / totaal : 0;
				assertThat((double) procenten.get(r)).as(aantallen.toString()).isBetween(exact - 1, exact + 1);
			}
		}
	}

	private Overzicht lees(long teamId) {
		return this.overzicht.lees(List.of(teamId), this.maandag.minusWeeks(3), this.maandag.minusDays(1));
	}

	private static int som(Map<?, Integer> procenten) {
		return procenten.values().stream().mapToInt(Integer::intValue).sum();
	}

}
