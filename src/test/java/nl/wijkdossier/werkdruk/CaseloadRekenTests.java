package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The caseload arithmetic on its own: FTE and cases per FTE with their rounding, above
 * the norm by the figure people see, the default norm, the month in Europe/Amsterdam, the
 * norm as people type it, and the order of the columns.
 */
class CaseloadRekenTests {

	@Test
	void fteIsHoursOver36HalfUpToTwoDecimals() {
		assertThat(Caseload.fte(new BigDecimal("36"))).isEqualByComparingTo("1.00");
		assertThat(Caseload.fte(new BigDecimal("28"))).isEqualByComparingTo("0.78");
		assertThat(Caseload.fte(new BigDecimal("20"))).isEqualByComparingTo("0.56");
		assertThat(Caseload.fte(new BigDecimal("25.5"))).isEqualByComparingTo("0.71");
		assertThat(Caseload.fte(null)).isNull();
	}

	@Test
	void casesPerFteUseTheExactHoursAndRoundHalfUpToOneDecimal() {
		assertThat(Caseload.perFte(6, new BigDecimal("28"))).isEqualByComparingTo("7.7");
		assertThat(Caseload.perFte(5, new BigDecimal("20"))).as("not 5 / 0.56 = 8.9").isEqualByComparingTo("9.0");
		assertThat(Caseload.perFte(2, new BigDecimal("32"))).as("2.25 half up, not half even")
			.isEqualByComparingTo("2.3");
		assertThat(Caseload.perFte(0, new BigDecimal("24"))).isEqualByComparingTo("0.0");
		assertThat(Caseload.perFte(7, null)).isNull();
		assertThat(Caseload.perFte(7, BigDecimal.ZERO)).isNull();
	}

	@Test
	void aboveTheNormIsDecidedOnTheShownFigure() {
		Caseload.Norm norm = Caseload.Norm.standaard(new BigDecimal("9.0"));
		assertThat(regel(9, "36", norm).isBovenNorm()).as("exactly on the norm").isFalse();
		assertThat(regel(10, "39.8", norm).perFte()).as("9.045… is shown as 9.0").isEqualByComparingTo("9.0");
		assertThat(regel(10, "39.8", norm).isBovenNorm()).isFalse();
		assertThat(regel(10, "39.5", norm).perFte()).isEqualByComparingTo("9.1");
		assertThat(regel(10, "39.5", norm).isBovenNorm()).isTrue();
		Caseload.Norm eigen = new Caseload.Norm(new BigDecimal("12.5"), false, 3L, "Manager", Instant.now());
		assertThat(regel(10, "36", norm).isBovenNorm()).isTrue();
		assertThat(regel(10, "36", eigen).isBovenNorm()).as("the team's own norm, not the default").isFalse();
		assertThat(new Caseload.Regel(1, "Elders", 1, "Team", Caseload.Positie.NIET_ACTIEF, null, null, cijfers(40),
				norm, null)
			.isBovenNorm()).as("no hours, no figure per FTE").isFalse();
	}

	@Test
	void aTeamsFigurePerFteCountsOnlyItsOwnWijkwerkers() {
		Caseload.TeamRegel team = new Caseload.TeamRegel(1, "Team", Caseload.Norm.standaard(new BigDecimal("9.0")), 2,
				new BigDecimal("64"), 16, new Caseload.Cijfers(0, 0, 20, 0, 0, 0, 1),
				new Caseload.Wachtlijst(3, 12, 1));
		assertThat(team.fte()).isEqualByComparingTo("1.78");
		assertThat(team.perFte()).isEqualByComparingTo("9.0");
		assertThat(team.isBovenNorm()).isFalse();
		Caseload.Overzicht overzicht = new Caseload.Overzicht(Caseload.Periode.van(LocalDate.of(2026, 6, 1)),
				List.of(team), List.of());
		assertThat(overzicht.termijnenInGevaar()).as("the rows' and the unassigned waiting cases'").isEqualTo(2);
	}

	@Test
	void theDefaultNormIsNineUnlessConfiguredAndMustBeSensible() {
		assertThat(new WerkdrukProperties(null).standaardNorm()).isEqualByComparingTo("9.0");
		assertThat(new WerkdrukProperties(new BigDecimal("14")).standaardNorm()).isEqualByComparingTo("14.0");
		assertThatThrownBy(() -> new WerkdrukProperties(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new WerkdrukProperties(new BigDecimal("60.1")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theMonthRunsFromMidnightOnTheFirstInAmsterdam() {
		Caseload.Periode maart = Caseload.Periode.van(LocalDate.of(2026, 3, 31));
		assertThat(maart.maandBegin()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(maart.maandEinde()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(maart.maandLaatsteDag()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(maart.maandBeginMoment()).as("winter time: UTC+1").isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
		assertThat(maart.maandEindeMoment()).as("summer time since 29 March: UTC+2")
			.isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
		Caseload.Periode oktober = Caseload.Periode.van(LocalDate.of(2026, 10, 1));
		assertThat(oktober.maandEindeMoment()).as("winter time again since 25 October")
			.isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
		assertThat(Caseload.Periode.van(LocalDate.of(2028, 2, 29)).maandLaatsteDag())
			.isEqualTo(LocalDate.of(2028, 2, 29));
	}

	@Test
	void theNormIsReadAsPeopleTypeIt() {
		assertThat(waarde("12,5")).contains(new BigDecimal("12.5"));
		assertThat(waarde(" 12.5 ")).contains(new BigDecimal("12.5"));
		assertThat(waarde("15")).contains(new BigDecimal("15.0"));
		assertThat(waarde("60")).contains(new BigDecimal("60.0"));
		assertThat(waarde("0,1")).contains(new BigDecimal("0.1"));
		assertThat(waarde("12,50")).as("a trailing zero is no second decimal").contains(new BigDecimal("12.5"));
		assertThat(fout("")).isEqualTo("caseload.norm.fout.verplicht");
		assertThat(fout(null)).isEqualTo("caseload.norm.fout.verplicht");
		assertThat(fout("twaalf")).isEqualTo("caseload.norm.fout.geenGetal");
		assertThat(fout("1e1")).isEqualTo("caseload.norm.fout.geenGetal");
		assertThat(fout("12,5,1")).isEqualTo("caseload.norm.fout.geenGetal");
		assertThat(fout("0")).isEqualTo("caseload.norm.fout.bereik");
		assertThat(fout("-3")).isEqualTo("caseload.norm.fout.bereik");
		assertThat(fout("60,1")).isEqualTo("caseload.norm.fout.bereik");
		assertThat(fout("12,55")).isEqualTo("caseload.norm.fout.decimalen");
	}

	@Test
	void figuresSortHighestFirstAndRowsWithoutAFigureLast() {
		Caseload.Norm norm = Caseload.Norm.standaard(new BigDecimal("9.0"));
		Caseload.Regel laag = regel(3, "36", norm);
		Caseload.Regel hoog = regel(12, "36", norm);
		Caseload.Regel elders = new Caseload.Regel(9, "Anna Elders", 1, "Team", Caseload.Positie.ANDER_TEAM, "Ander",
				null, cijfers(20), norm, null);
		List<Caseload.Regel> regels = List.of(laag, elders, hoog);
		assertThat(regels.stream().sorted(Sortering.PER_FTE.comparator(false)).toList()).containsExactly(hoog, laag,
				elders);
		assertThat(regels.stream().sorted(Sortering.PER_FTE.comparator(true)).toList()).containsExactly(laag, hoog,
				elders);
		assertThat(regels.stream().sorted(Sortering.ACTIEF.comparator(false)).toList()).containsExactly(elders, hoog,
				laag);
		assertThat(Sortering.van("perFte")).contains(Sortering.PER_FTE);
		assertThat(Sortering.van("'; drop table")).isEmpty();
	}

	private static Optional<BigDecimal> waarde(String invoer) {
		Errors errors = new BeanPropertyBindingResult(new NormForm(invoer, null), "normForm");
		Optional<BigDecimal> waarde = new NormForm(invoer, null).waarde(errors);
		assertThat(errors.hasErrors()).as(invoer).isFalse();
		return waarde;
	}

	private static String fout(String invoer) {
		NormForm form = new NormForm(invoer, null);
		Errors errors = new BeanPropertyBindingResult(form, "normForm");
		assertThat(form.waarde(errors)).isEmpty();
		return errors.getFieldError("casussenPerFte").getCode();
	}

	private static Caseload.Regel regel(long actief, String uren, Caseload.Norm norm) {
		return new Caseload.Regel(actief, "Medewerker " + actief, 1, "Team", Caseload.Positie.IN_TEAM, null,
				new BigDecimal(uren), cijfers(actief), norm, null);
	}

	private static Caseload.Cijfers cijfers(long inBehandeling) {
		return new Caseload.Cijfers(0, 0, inBehandeling, 0, 0, 0, 0);
	}

}
