package nl.wijkdossier.organisatie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The database itself guards the organisation's invariants, whatever code writes.
 */
@SpringBootTest
class WerkgebiedConstraintTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisatie organisatie;

	@Test
	void aPc4CannotBelongToTwoTeams() {
		long ander = this.jdbc.sql("select team_id from werkgebied_postcode where pc4 <> '1325' limit 1")
			.query(Long.class)
			.single();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("insert into werkgebied_postcode (pc4, team_id) values ('1325', ?)")
				.param(ander)
				.update());
	}

	@Test
	void onlyFourDigitPc4sAreStored() {
		long team = this.jdbc.sql("select id from wijkteam limit 1").query(Long.class).single();
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.sql("insert into werkgebied_postcode (pc4, team_id) values ('0999', ?)")
				.param(team)
				.update());
	}

	@Test
	void findsTheTeamOfAPostcode() {
		assertThat(this.organisatie.teamVoorPostcode("1325 AB"))
			.hasValueSatisfying((team) -> assertThat(team.werkgebied()).contains("1325"));
		assertThat(this.organisatie.teamVoorPostcode("9999 ZZ")).isEmpty();
		assertThat(this.organisatie.teamVoorPostcode("onzin")).isEmpty();
	}

}
