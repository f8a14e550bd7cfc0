package nl.wijkdossier.verwijzing;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team a referral carries for the dashboards (column {@code verwijzing.team_id}, V24)
 * is always its case's current team: set on insert whatever the writer says, and moved
 * along when the case moves to another team.
 */
@SpringBootTest
class VerwijzingTeamTests {

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	@Autowired
	VerwijzingTeamTests(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void followsTheCaseToItsNewTeam() {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		long anderTeam = this.fixtures.team(team.clusterId(), null);
		long casus = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		long andereCasus = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		long verwijzing = verwijs(casus);
		long andere = verwijs(andereCasus);
		assertThat(teamVan(verwijzing)).isEqualTo(team.teamId());

		this.jdbc.sql("update casus set team_id = ? where id = ?").params(anderTeam, casus).update();

		assertThat(teamVan(verwijzing)).isEqualTo(anderTeam);
		assertThat(teamVan(andere)).as("another case's referral stays").isEqualTo(team.teamId());
		this.jdbc.sql("update verwijzing set team_id = ? where id = ?").params(team.teamId(), verwijzing).update();
		assertThat(teamVan(verwijzing)).as("a write cannot set another team than the case's").isEqualTo(anderTeam);
	}

	private long verwijs(long casus) {
		return this.jdbc.sql("""
				insert into verwijzing (casus_id, voorziening_id, reden, status, verstuurd_op, verstuurd_door)
				values (?, (select min(id) from voorziening), 'Doorverwezen om te testen', 'VERSTUURD', ?,
				        (select id from gebruiker where gebruikersnaam = 'wijkwerker'))
				returning id
				""").params(casus, Timestamp.from(Instant.now())).query(Long.class).single();
	}

	private long teamVan(long verwijzing) {
		return this.jdbc.sql("select team_id from verwijzing where id = ?")
			.param(verwijzing)
			.query(Long.class)
			.single();
	}

}
