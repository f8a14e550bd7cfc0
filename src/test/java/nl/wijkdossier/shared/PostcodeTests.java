package nl.wijkdossier.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PostcodeTests {

	@ParameterizedTest
	@CsvSource({ "1325 AB, 1325 AB", "1325AB, 1325 AB", "1325ab, 1325 AB", "' 1325 ab ', 1325 AB" })
	void acceptsTheWaysPeopleTypeAPostcode(String invoer, String verwacht) {
		assertThat(Postcode.parse(invoer)).hasValueSatisfying((p) -> assertThat(p.waarde()).isEqualTo(verwacht));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0325 AB", "132 AB", "1325 A", "1325 A1", "13251AB", "1325 SA", "1325 SD", "1325 SS", "",
			"abcd ef" })
	void refusesWhatIsNoDutchPostcode(String invoer) {
		assertThat(Postcode.parse(invoer)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> new Postcode(invoer));
	}

	@Test
	void knowsItsPc4() {
		assertThat(new Postcode("1325ab").pc4()).isEqualTo("1325");
		assertThat(Postcode.pc4Van("1325")).hasValue("1325");
		assertThat(Postcode.pc4Van("1325 AB")).hasValue("1325");
		assertThat(Postcode.pc4Van("0999")).isEmpty();
		assertThat(Postcode.pc4Van(null)).isEmpty();
	}

}
