package nl.wijkdossier.organisatie;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Pc4ReeksenTests {

	@Test
	void readsRangesAndSinglePostcodes() {
		assertThat(Pc4Reeksen.lees("1311-1313, 1318\n1320–1321")).containsExactly("1311", "1312", "1313", "1318",
				"1320", "1321");
	}

	@Test
	void emptyTextIsAnEmptyWerkgebied() {
		assertThat(Pc4Reeksen.lees("  ")).isEmpty();
		assertThat(Pc4Reeksen.lees(null)).isEmpty();
	}

	@Test
	void namesThePartThatIsNoPc4() {
		assertThatIllegalArgumentException().isThrownBy(() -> Pc4Reeksen.lees("1311, 13a2")).withMessage("13a2");
		assertThatIllegalArgumentException().isThrownBy(() -> Pc4Reeksen.lees("1320-1311")).withMessage("1320-1311");
		assertThatIllegalArgumentException().isThrownBy(() -> Pc4Reeksen.lees("1311-")).withMessage("1311-");
	}

	@Test
	void writesConsecutivePostcodesAsARange() {
		assertThat(Pc4Reeksen.alsTekst(List.of("1318", "1311", "1312", "1313", "1320")))
			.isEqualTo("1311–1313, 1318, 1320");
		assertThat(Pc4Reeksen.alsTekst(List.of())).isEmpty();
	}

}
