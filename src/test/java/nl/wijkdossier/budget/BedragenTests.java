package nl.wijkdossier.budget;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts as Dutch people type them, and back as they read them. */
class BedragenTests {

	@Test
	void readsDutchAmountsWithOrWithoutThousandsPointsAndDecimalComma() {
		assertThat(Bedragen.lees("12.500,00")).contains(new BigDecimal("12500.00"));
		assertThat(Bedragen.lees("12500")).contains(new BigDecimal("12500.00"));
		assertThat(Bedragen.lees("12.500")).contains(new BigDecimal("12500.00"));
		assertThat(Bedragen.lees("1.250.000,5")).contains(new BigDecimal("1250000.50"));
		assertThat(Bedragen.lees("125,5")).contains(new BigDecimal("125.50"));
		assertThat(Bedragen.lees(" € 99.95 ")).contains(new BigDecimal("99.95"));
		assertThat(Bedragen.lees("0")).contains(new BigDecimal("0.00"));
	}

	@Test
	void refusesWhatIsNoAmount() {
		assertThat(Bedragen.lees("")).isEmpty();
		assertThat(Bedragen.lees(null)).isEmpty();
		assertThat(Bedragen.lees("twaalf")).isEmpty();
		assertThat(Bedragen.lees("-50")).isEmpty();
		assertThat(Bedragen.lees("12,500.00")).isEmpty();
		assertThat(Bedragen.lees("12.50.0")).isEmpty();
		assertThat(Bedragen.lees("1,234")).isEmpty();
		assertThat(Bedragen.lees("12.5000")).isEmpty();
	}

	@Test
	void showsAmountsTheDutchWay() {
		Bedragen bedragen = new Bedragen();
		assertThat(bedragen.tekst(new BigDecimal("12500"))).isEqualTo("€ 12.500,00");
		assertThat(bedragen.tekst(new BigDecimal("-1250.5"))).isEqualTo("-€ 1.250,50");
		assertThat(bedragen.tekst(null)).isEmpty();
		assertThat(Bedragen.invoer(new BigDecimal("7.5"))).isEqualTo("7,50");
	}

}
