package nl.wijkdossier.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo cases give every page realistic content: every status in every team, a waiting
 * list everywhere, Wmo clocks in every colour, every closing reason, and cases of their
 * own for the demo wijkwerkers.
 */
@SpringBootTest
class DemoCasussenTests {

	/** The demo city's teams; other tests add teams and cases of their own. */
	private static final String DEMO_TEAMS = "(select distinct team_id from werkgebied_postcode where pc4 between '1311' and '1364')";

	/** Demo cases were back-dated; test intakes are of today and come later. */
	private static final String DEMO = " c.team_id in " + DEMO_TEAMS + " and c.id <= (select min(id) + "
			+ (11 * DemoCasusGenerator.CASUSSEN_PER_TEAM - 1) + " from casus) ";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aboutFiveHundredCasesOfAsManyResidents() {
		assertThat(tel("select count(*) from casus c where" + DEMO)).isEqualTo(495);
		assertThat(tel("select count(distinct inwoner_id) from casus c where" + DEMO)).isEqualTo(495);
		assertThat(tel("select count(*) from casus c where" + DEMO + "and c.gemeld_op < current_date - 240"))
			.isPositive();
	}

	@Test
	void everyTeamHasCasesInEveryStatusAndAWaitingList() {
		assertThat(tel("select count(distinct c.team_id) from casus c where" + DEMO)).isEqualTo(11);
		for (String status : List.of("AANGEMELD", "WACHTLIJST", "IN_BEHANDELING", "AFGESLOTEN")) {
			assertThat(tel(
					"select count(distinct c.team_id) from casus c where" + DEMO + "and c.status = '" + status + "'"))
				.as(status)
				.isEqualTo(11);
		}
		int wachtend = tel("select count(*) from casus c where" + DEMO + "and c.status = 'WACHTLIJST'");
		assertThat(wachtend * 100 / 495).isBetween(12, 18);
	}

	@Test
	void spoedCasesWaitOnlyWithTheManagersReason() {
		assertThat(tel("select count(*) from casus c where" + DEMO + "and c.urgentie = 'SPOED'")).isGreaterThan(10);
		assertThat(tel("select count(*) from casus c where" + DEMO
				+ "and c.urgentie = 'SPOED' and c.status = 'WACHTLIJST' and c.spoed_uitgesteld_reden is null"))
			.isZero();
	}

	@Test
	void everyClosingReasonOccursAndSomeCasesWereReopened() {
		assertThat(tel("select count(distinct c.afsluitreden) from casus c where" + DEMO)).isEqualTo(6);
		assertThat(tel("select count(*) from casus c where" + DEMO + "and c.status <> 'AFGESLOTEN'"
				+ " and exists (select 1 from casus_gebeurtenis g where g.casus_id = c.id and g.soort = 'heropend')"))
			.isGreaterThanOrEqualTo(11);
	}

	@Test
	void wmoClocksOfOpenCasesShowGreenAmberAndRed() {
		String open = "from casus c where" + DEMO
				+ "and c.wmo_melding and c.status <> 'AFGESLOTEN' and c.onderzoek_afgerond_op is null and c.opgeschort_van is null ";
		assertThat(tel("select count(*) " + open + "and c.gemeld_op + 42 > current_date + 7")).as("groen").isPositive();
		assertThat(tel("select count(*) " + open + "and c.gemeld_op + 42 between current_date and current_date + 7"))
			.as("amber")
			.isPositive();
		assertThat(tel("select count(*) " + open + "and c.gemeld_op + 42 < current_date")).as("rood").isPositive();
		assertThat(tel("select count(*) from casus c where" + DEMO + "and c.beschikking_op is not null")).isPositive();
		assertThat(tel("select count(*) from casus c where" + DEMO + "and c.opgeschort_van is not null")).isPositive();
	}

	@Test
	void theDemoWijkwerkersEachCoordinateCasesOfTheirTeam() {
		for (String wijkwerker : List.of("wijkwerker", "wijkwerker2")) {
			assertThat(tel("""
					select count(*) from casus c join medewerker m on m.id = c.regievoerder_id
					join gebruiker g on g.id = m.gebruiker_id
					where c.status = 'IN_BEHANDELING' and c.team_id = m.team_id and g.gebruikersnaam = '""" + wijkwerker
					+ "'"))
				.as(wijkwerker)
				.isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void everyCaseHasATimelineThatStartsWithItsIntake() {
		assertThat(tel("select count(*) from casus c where" + DEMO
				+ "and not exists (select 1 from casus_gebeurtenis g where g.casus_id = c.id and g.soort = 'aanmelding')"))
			.isZero();
		assertThat(tel("select count(*) from casus_gebeurtenis g join casus c on c.id = g.casus_id where" + DEMO))
			.isGreaterThan(495 * 2);
	}

	private int tel(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
