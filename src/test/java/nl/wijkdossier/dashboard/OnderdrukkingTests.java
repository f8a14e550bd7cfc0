package nl.wijkdossier.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.wijkdossier.dashboard.Cel.Soort;
import nl.wijkdossier.dashboard.Cel.Staat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small-count rule, without Spring: which cells are shown, suppressed ("&lt;5") or
 * hidden so that a total cannot give a suppressed cell away.
 */
class OnderdrukkingTests {

	private static final Locale NL = Locale.forLanguageTag("nl-NL");

	private final Onderdrukking onderdrukking = new Onderdrukking(5);

	@Test
	void countsOfOneToFourAreShownAsLessThanFiveAndZeroAndFiveAreShown() {
		assertThat(this.onderdrukking.aantal(0).tekst(NL)).isEqualTo("0");
		for (int n = 1; n <= 4; n++) {
			Cel cel = this.onderdrukking.aantal(n);
			assertThat(cel.tekst(NL)).isEqualTo("<5");
			assertThat(cel.grafiekWaarde()).as("no bar for a suppressed cell").isNull();
		}
		assertThat(this.onderdrukking.aantal(5).tekst(NL)).isEqualTo("5");
		assertThat(this.onderdrukking.aantal(1234).tekst(NL)).isEqualTo("1.234");
	}

	@Test
	void theThresholdIsASetting() {
		Onderdrukking tien = new Onderdrukking(10);
		assertThat(tien.aantal(9).tekst(NL)).isEqualTo("<10");
		assertThat(tien.aantal(10).tekst(NL)).isEqualTo("10");
	}

	@Test
	void oneSuppressedCellBesideATotalHidesTheNextSmallestToo() {
		List<Cel> cellen = this.onderdrukking.metTotaal(List.of(20L, 3L, 0L, 8L, 12L), 43);
		assertThat(cellen).extracting(Cel::staat)
			.containsExactly(Staat.GETOOND, Staat.ONDERDRUKT, Staat.GETOOND, Staat.VERBORGEN, Staat.GETOOND,
					Staat.GETOOND);
		assertThat(cellen.get(3).tekst(NL)).isEqualTo("x");
		assertThat(cellen.get(5).tekst(NL)).isEqualTo("43");
		assertThat(cellen.get(3).grafiekWaarde()).isNull();
	}

	@Test
	void twoSuppressedCellsNeedNoSecondarySuppression() {
		List<Cel> cellen = this.onderdrukking.metTotaal(List.of(20L, 3L, 2L, 8L), 33);
		assertThat(cellen).extracting(Cel::staat)
			.containsExactly(Staat.GETOOND, Staat.ONDERDRUKT, Staat.ONDERDRUKT, Staat.GETOOND, Staat.GETOOND);
	}

	@Test
	void withoutAnotherCellToHideTheTotalIsHidden() {
		List<Cel> cellen = this.onderdrukking.metTotaal(List.of(3L, 0L), 7);
		assertThat(cellen).extracting(Cel::staat).containsExactly(Staat.ONDERDRUKT, Staat.GETOOND, Staat.VERBORGEN);
	}

	@Test
	void aSmallTotalIsItselfSuppressed() {
		List<Cel> cellen = this.onderdrukking.metTotaal(List.of(3L, 0L, 0L), 3);
		assertThat(cellen).extracting(Cel::staat)
			.containsExactly(Staat.ONDERDRUKT, Staat.GETOOND, Staat.GETOOND, Staat.ONDERDRUKT);
	}

	@Test
	void noSmallCountsMeansEverythingShown() {
		List<Cel> cellen = this.onderdrukking.metTotaal(List.of(5L, 0L, 9L), 14);
		assertThat(cellen).allMatch(Cel::isGetoond);
	}

	@Test
	void aPercentageOverFewerThanFivePersonsOrWithASmallPartIsNotShown() {
		List<Cel> vier = this.onderdrukking.metTotaal(List.of(4L, 0L), 4);
		assertThat(this.onderdrukking.percentage(4, 4, vier.subList(0, 2)).tekst(NL)).isEqualTo("n<5");
		List<Cel> kleinDeel = this.onderdrukking.metTotaal(List.of(17L, 3L), 20);
		assertThat(this.onderdrukking.percentage(17, 20, kleinDeel.subList(0, 2)).staat())
			.as("85% of 20 reveals the 3 late ones")
			.isEqualTo(Staat.ONDERDRUKT);
		List<Cel> groot = this.onderdrukking.metTotaal(List.of(15L, 5L), 20);
		assertThat(this.onderdrukking.percentage(15, 20, groot.subList(0, 2)).tekst(NL)).isEqualTo("75%");
		assertThat(this.onderdrukking.percentage(0, 0, List.of()).tekst(NL)).isEqualTo("–");
	}

	@Test
	void aMedianOverFewerThanFivePersonsIsNotShown() {
		assertThat(this.onderdrukking.statistiek(new BigDecimal("12.5"), 4, Soort.DAGEN).tekst(NL)).isEqualTo("n<5");
		assertThat(this.onderdrukking.statistiek(new BigDecimal("12.5"), 5, Soort.DAGEN).tekst(NL)).isEqualTo("12,5");
		assertThat(this.onderdrukking.statistiek(null, 0, Soort.DAGEN).tekst(NL)).isEqualTo("–");
	}

}
