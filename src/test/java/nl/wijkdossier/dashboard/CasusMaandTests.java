package nl.wijkdossier.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aanmeldingen per team and month behind the dashboards' trend (table
 * {@code casus_maand}, V24) stay exactly the count of the cases — after new cases, a case
 * moved to another team, a melding date corrected into another month, several rows in one
 * statement, and updates that change neither.
 */
@SpringBootTest
class CasusMaandTests {

	private static final String GETELD = """
			select maand || ':' || aangemeld from casus_maand where team_id = ? and aangemeld <> 0 order by maand
			""";

	private static final String UIT_DE_BRON = """
			select maand || ':' || count(*)
			from (select cast(date_trunc('month', gemeld_op) as date) as maand from casus where team_id = ?) c
			group by maand order by maand
			""";

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	CasusMaandTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void staysTheCountOfTheCases() {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		long ander = this.fixtures.team(team.clusterId(), null);
		long a = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).dagenGeleden(3).opslaan();
		long b = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).dagenGeleden(70).opslaan();
		this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).dagenGeleden(70).opslaan();
		assertExact(team.teamId(), ander);
		assertThat(this.jdbc.sql(GETELD).param(team.teamId()).query(String.class).list()).hasSizeBetween(1, 3);

		this.jdbc.sql("update casus set urgentie = urgentie where team_id = ?").param(team.teamId()).update();
		assertExact(team.teamId(), ander);

		this.jdbc.sql("update casus set team_id = ? where id = ?").params(ander, a).update();
		assertExact(team.teamId(), ander);

		this.jdbc.sql("update casus set gemeld_op = gemeld_op - 40 where id = ?").param(b).update();
		assertExact(team.teamId(), ander);

		this.jdbc.sql("update casus set team_id = ?, gemeld_op = gemeld_op - 400 where team_id = ?")
			.params(ander, team.teamId())
			.update();
		assertExact(team.teamId(), ander);
		assertThat(this.jdbc.sql(GETELD).param(team.teamId()).query(String.class).list()).isEmpty();
	}

	private void assertExact(long... teams) {
		for (long team : teams) {
			List<String> bron = this.jdbc.sql(UIT_DE_BRON).param(team).query(String.class).list();
			assertThat(this.jdbc.sql(GETELD).param(team).query(String.class).list()).as("team %d", team)
				.containsExactlyElementsOf(bron);
		}
	}

}
