package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static nl.wijkdossier.clusterplan.StreefwaardeSoort.MAX_CASELOAD_PER_FTE;
import static nl.wijkdossier.clusterplan.StreefwaardeSoort.MAX_MEDIANE_WACHTTIJD_DAGEN;
import static nl.wijkdossier.clusterplan.StreefwaardeSoort.MIN_AANDEEL_INFORMEEL_PROCENT;
import static nl.wijkdossier.clusterplan.StreefwaardeSoort.MIN_WMO_OP_TIJD_PROCENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Actual against target: a maximum is met at or below it, a minimum at or above it, an
 * unknown or suppressed figure is never called met or missed.
 */
class StreefwaardenTests {

	@Test
	void aMaximumIsMetAtOrBelowTheTarget() {
		assertThat(Streefwaarden.beoordeel(MAX_MEDIANE_WACHTTIJD_DAGEN, getal("35"), getal("28")))
			.isEqualTo(Doelbereik.MET);
		assertThat(Streefwaarden.beoordeel(MAX_MEDIANE_WACHTTIJD_DAGEN, getal("35"), getal("35")))
			.as("equal counts as met")
			.isEqualTo(Doelbereik.MET);
		assertThat(Streefwaarden.beoordeel(MAX_MEDIANE_WACHTTIJD_DAGEN, getal("35"), getal("35.5")))
			.isEqualTo(Doelbereik.NIET_GEHAALD);
		assertThat(Streefwaarden.beoordeel(MAX_CASELOAD_PER_FTE, getal("15.0"), getal("15")))
			.as("compared by value, not by scale")
			.isEqualTo(Doelbereik.MET);
		assertThat(Streefwaarden.beoordeel(MAX_CASELOAD_PER_FTE, getal("15"), getal("15.1")))
			.isEqualTo(Doelbereik.NIET_GEHAALD);
	}

	@Test
	void aMinimumIsMetAtOrAboveTheTarget() {
		assertThat(Streefwaarden.beoordeel(MIN_AANDEEL_INFORMEEL_PROCENT, getal("40"), getal("41.2")))
			.isEqualTo(Doelbereik.MET);
		assertThat(Streefwaarden.beoordeel(MIN_AANDEEL_INFORMEEL_PROCENT, getal("40"), getal("40.0")))
			.isEqualTo(Doelbereik.MET);
		assertThat(Streefwaarden.beoordeel(MIN_AANDEEL_INFORMEEL_PROCENT, getal("40"), getal("39.9")))
			.isEqualTo(Doelbereik.NIET_GEHAALD);
		assertThat(Streefwaarden.beoordeel(MIN_WMO_OP_TIJD_PROCENT, getal("80"), getal("0")))
			.isEqualTo(Doelbereik.NIET_GEHAALD);
		assertThat(Streefwaarden.beoordeel(MIN_WMO_OP_TIJD_PROCENT, getal("0"), getal("0")))
			.as("a minimum of 0 is always met")
			.isEqualTo(Doelbereik.MET);
	}

	@Test
	void theSameFigureMeetsAMaximumButMissesAMinimum() {
		BigDecimal streef = getal("50");
		BigDecimal werkelijk = getal("45");
		assertThat(Streefwaarden.beoordeel(MAX_MEDIANE_WACHTTIJD_DAGEN, streef, werkelijk)).isEqualTo(Doelbereik.MET);
		assertThat(Streefwaarden.beoordeel(MIN_WMO_OP_TIJD_PROCENT, streef, werkelijk))
			.isEqualTo(Doelbereik.NIET_GEHAALD);
	}

	@Test
	void anUnknownOrSuppressedFigureIsUnknownWhateverTheDirection() {
		for (StreefwaardeSoort soort : StreefwaardeSoort.values()) {
			assertThat(Streefwaarden.beoordeel(soort, getal("10"), null)).as(soort.name())
				.isEqualTo(Doelbereik.ONBEKEND);
		}
		DoelRegel afgeschermd = DoelRegel.afgeschermd(MIN_WMO_OP_TIJD_PROCENT, getal("80"));
		assertThat(afgeschermd.bereik()).isEqualTo(Doelbereik.ONBEKEND);
		assertThat(afgeschermd.afgeschermd()).isTrue();
		assertThat(afgeschermd.werkelijkTekst()).isEmpty();
	}

	@Test
	void aTargetIsRequired() {
		assertThatNullPointerException()
			.isThrownBy(() -> Streefwaarden.beoordeel(MAX_CASELOAD_PER_FTE, null, getal("12")));
		assertThatNullPointerException().isThrownBy(() -> Streefwaarden.beoordeel(null, getal("12"), getal("12")));
	}

	@Test
	void theDirectionsAndUnitsAreThoseOfTheIssue() {
		assertThat(MAX_MEDIANE_WACHTTIJD_DAGEN.richting()).isEqualTo(StreefwaardeSoort.Richting.MAX);
		assertThat(MAX_CASELOAD_PER_FTE.richting()).isEqualTo(StreefwaardeSoort.Richting.MAX);
		assertThat(MIN_AANDEEL_INFORMEEL_PROCENT.richting()).isEqualTo(StreefwaardeSoort.Richting.MIN);
		assertThat(MIN_WMO_OP_TIJD_PROCENT.richting()).isEqualTo(StreefwaardeSoort.Richting.MIN);
		assertThat(MAX_MEDIANE_WACHTTIJD_DAGEN.maximum()).isEqualByComparingTo("365");
		assertThat(MAX_CASELOAD_PER_FTE.minimum()).isEqualByComparingTo("1");
		assertThat(MAX_CASELOAD_PER_FTE.maximum()).isEqualByComparingTo("60");
		assertThat(MIN_WMO_OP_TIJD_PROCENT.maximum()).isEqualByComparingTo("100");
	}

	@Test
	void figuresReadWithADecimalCommaAndNoTrailingZeros() {
		assertThat(Streefwaarden.tekst(getal("14.50"))).isEqualTo("14,5");
		assertThat(Streefwaarden.tekst(getal("35.0"))).isEqualTo("35");
		assertThat(Streefwaarden.tekst(getal("100.0"))).isEqualTo("100");
		assertThat(Streefwaarden.tekst(getal("0.0"))).isEqualTo("0");
		assertThat(Streefwaarden.tekst(null)).isEmpty();
	}

	@Test
	void aPlanGivesTheDashboardARowPerTargetWithItsStatus() {
		Clusterplan plan = new Clusterplan(1, "Cluster Test", 2, "visie", "opgaven", "ontwikkeling", Instant.EPOCH,
				"Gemeente", List.of(new Streefwaarde(MAX_MEDIANE_WACHTTIJD_DAGEN, getal("35")),
						new Streefwaarde(MIN_AANDEEL_INFORMEEL_PROCENT, getal("40"))));
		List<DoelRegel> doelen = plan
			.doelen(Map.of(MAX_MEDIANE_WACHTTIJD_DAGEN, getal("41"), MAX_CASELOAD_PER_FTE, getal("12")));
		assertThat(doelen).extracting(DoelRegel::soort)
			.as("only the plan's targets, in their order")
			.containsExactly(MAX_MEDIANE_WACHTTIJD_DAGEN, MIN_AANDEEL_INFORMEEL_PROCENT);
		assertThat(doelen).extracting(DoelRegel::bereik).containsExactly(Doelbereik.NIET_GEHAALD, Doelbereik.ONBEKEND);
		assertThat(doelen.get(0).werkelijkTekst()).isEqualTo("41");
		assertThat(plan.streefwaarde(MAX_CASELOAD_PER_FTE)).isEmpty();
		assertThat(plan.streefwaarde(MIN_AANDEEL_INFORMEEL_PROCENT).orElseThrow().bereik(getal("40")))
			.isEqualTo(Doelbereik.MET);
	}

	private static BigDecimal getal(String tekst) {
		return new BigDecimal(tekst);
	}

}
