package nl.wijkdossier.demo;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo sociale kaart is what a wijkwerker first refers to: every neighbourhood has
 * informal options, the city has its Expertisecentrum Mantelzorg and Sociaal Stedelijk
 * Team, every cluster its GPs; all contact details are fictional; loading it again adds
 * nothing.
 */
@SpringBootTest
class DemoSocialeKaartTests {

	/** The demo's entries: other tests add their own, never with this e-mail domain. */
	private static final String DEMO = " from voorziening where email like '%@polderstad.example'";

	private final JdbcClient jdbc;

	private final DemoSocialeKaart generator;

	@Autowired
	DemoSocialeKaartTests(JdbcClient jdbc, DemoSocialeKaart generator) {
		this.jdbc = jdbc;
		this.generator = generator;
	}

	@Test
	void aboutFortyEntriesOfEveryKind() {
		assertThat(tel("select count(*)" + DEMO)).isBetween(38, 50);
		assertThat(this.jdbc.sql("select distinct soort" + DEMO).query(String.class).list()).containsExactlyInAnyOrder(
				"INFORMEEL_INITIATIEF", "GROEPSACTIVITEIT", "VRIJWILLIGERSORGANISATIE", "EXPERTISECENTRUM_MANTELZORG",
				"HUISARTS", "SOCIAAL_STEDELIJK_TEAM", "MAATWERKVOORZIENING", "OVERIG");
		assertThat(tel("select count(*)" + DEMO + " and soort = 'EXPERTISECENTRUM_MANTELZORG'")).isEqualTo(1);
		assertThat(tel("select count(*)" + DEMO + " and soort = 'SOCIAAL_STEDELIJK_TEAM'")).isEqualTo(1);
		assertThat(tel("select count(*)" + DEMO + " and not actief")).isEqualTo(1);
	}

	@Test
	void everyDemoNeighbourhoodHasActiveInformalOptionsOfItsOwn() {
		List<Integer> perTeam = this.jdbc.sql("""
				select (select count(*) from voorziening v
				        where v.actief and v.team_ids @> array[t.id]
				          and v.soort in ('INFORMEEL_INITIATIEF', 'GROEPSACTIVITEIT', 'VRIJWILLIGERSORGANISATIE'))
				from wijkteam t
				where t.id in (select distinct team_id from werkgebied_postcode where pc4 between '1311' and '1364')
				""").query(Integer.class).list();
		assertThat(perTeam).hasSize(11).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(2));
	}

	@Test
	void everyDemoClusterHasItsGeneralPractitioners() {
		List<Integer> perCluster = this.jdbc.sql("""
				select (select count(*) from voorziening v where v.soort = 'HUISARTS' and v.cluster_ids @> array[c.id])
				from cluster c where c.naam in ('Cluster Stad', 'Cluster Haven en Poort', 'Cluster Buiten en Hout')
				""").query(Integer.class).list();
		assertThat(perCluster).hasSize(3).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(1));
	}

	@Test
	void contactDetailsAreFictional() {
		assertThat(tel("select count(*)" + DEMO + " and telefoon not like '036 000 ____'")).isZero();
		assertThat(
				tel("select count(*)" + DEMO + " and website is not null and website not like 'https://%.example/%'"))
			.isZero();
	}

	@Test
	void loadingAgainAddsNothing() {
		int voor = tel("select count(*) from voorziening");
		assertThat(this.generator.genereer()).isZero();
		assertThat(tel("select count(*) from voorziening")).isEqualTo(voor);
	}

	private int tel(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
