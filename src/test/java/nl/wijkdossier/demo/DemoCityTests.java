package nl.wijkdossier.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city is what every test and every first-time user sees: it must be complete
 * and plausible.
 */
@SpringBootTest
class DemoCityTests {

	@Autowired
	JdbcClient jdbc;

	/** Other tests add teams of their own; the demo city is what serves PC4 1311–1364. */
	private static final String DEMO_TEAMS = "(select distinct team_id from werkgebied_postcode where pc4 between '1311' and '1364')";

	@Test
	void hasThreeClustersElevenTeamsAndFourPartners() {
		assertThat(tel("select count(*) from wijkteam where id in " + DEMO_TEAMS)).isEqualTo(11);
		assertThat(tel("select count(distinct cluster_id) from wijkteam where id in " + DEMO_TEAMS)).isEqualTo(3);
		assertThat(tel("select count(distinct partner_id) from medewerker where team_id in " + DEMO_TEAMS)).isBetween(3,
				4);
		assertThat(tel("select count(*) from wijkteam where manager_id is null and id in " + DEMO_TEAMS)).isZero();
	}

	@Test
	void werkgebiedenCoverPc4From1311To1364() {
		List<String> pc4s = this.jdbc
			.sql("select pc4 from werkgebied_postcode where pc4 between '1311' and '1364' order by pc4")
			.query(String.class)
			.list();
		assertThat(pc4s).hasSize(54).first().isEqualTo("1311");
		assertThat(pc4s).last().isEqualTo("1364");
	}

	@Test
	void aboutFortyMedewerkersWithPlausibleHours() {
		assertThat(tel("select count(*) from medewerker where team_id in " + DEMO_TEAMS)).isBetween(33, 45);
		assertThat(tel("select count(*) from medewerker where team_id in " + DEMO_TEAMS
				+ " and (uren_per_week < 16 or uren_per_week > 36)"))
			.isZero();
		assertThat(tel("select count(distinct team_id) from medewerker where team_id in " + DEMO_TEAMS)).isEqualTo(11);
	}

	@Test
	void demoAccountsHaveTheRolesTheReadmePromises() {
		assertThat(rol("wijkwerker")).isEqualTo("WIJKWERKER");
		assertThat(rol("wijkwerker2")).isEqualTo("WIJKWERKER");
		assertThat(rol("manager")).isEqualTo("WIJKTEAMMANAGER");
		assertThat(rol("gemeente")).isEqualTo("GEMEENTE");
		assertThat(rol("beheer")).isEqualTo("BEHEERDER");
		assertThat(rol("privacy")).isEqualTo("PRIVACY");
	}

	@Test
	void theTwoWijkwerkersWorkInDifferentClustersAndTheManagerSteersTheFirst() {
		String cluster1 = clusterVan("wijkwerker");
		assertThat(clusterVan("wijkwerker2")).isNotEqualTo(cluster1);
		List<String> managerClusters = this.jdbc.sql("""
				select distinct c.naam from wijkteam t join cluster c on c.id = t.cluster_id
				join medewerker m on m.id = t.manager_id join gebruiker g on g.id = m.gebruiker_id
				where g.gebruikersnaam = 'manager'
				""").query(String.class).list();
		assertThat(managerClusters).containsExactly(cluster1);
		assertThat(tel("select count(*) from wijkteam t join cluster c on c.id = t.cluster_id where c.naam = '"
				+ cluster1.replace("'", "''") + "' and t.manager_id <> (select m.id from medewerker m "
				+ "join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = 'manager')"))
			.isZero();
	}

	private String clusterVan(String gebruikersnaam) {
		return this.jdbc.sql("""
				select c.naam from medewerker m join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id join cluster c on c.id = t.cluster_id
				where g.gebruikersnaam = ?
				""").param(gebruikersnaam).query(String.class).single();
	}

	private String rol(String gebruikersnaam) {
		return this.jdbc.sql("select rol from gebruiker where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(String.class)
			.single();
	}

	private int tel(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
