package nl.wijkdossier.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo casuïstiekoverleg: every team of Cluster Stad has a meeting next week with two
 * or three cases on it and a past one whose cases were discussed, each decision on its
 * case's timeline; one escalation to the Sociaal Stedelijk Team with its referral; a
 * second run adds nothing. Other tests plan meetings of their own, so the checks look at
 * the meetings the demo planned: those of its first run, planned before today.
 */
@SpringBootTest
class DemoOverlegTests {

	private static final String DEMO = """
			o.gepland_op < current_date
			and o.team_id in (select t.id from wijkteam t join cluster c on c.id = t.cluster_id where c.naam = 'Cluster Stad')
			""";

	private final JdbcClient jdbc;

	private final DemoOverleg overleg;

	@Autowired
	DemoOverlegTests(JdbcClient jdbc, DemoOverleg overleg) {
		this.jdbc = jdbc;
		this.overleg = overleg;
	}

	@Test
	void everyTeamOfClusterStadMeetsNextWeekAndMetBefore() {
		assertThat(tel("""
				select count(*) from wijkteam t join cluster c on c.id = t.cluster_id
				where c.naam = 'Cluster Stad' and t.actief
				  and exists (select 1 from overleg o where o.team_id = t.id and o.datum > current_date
				              and (select count(*) from overleg_agendapunt a where a.overleg_id = o.id) between 2 and 3)
				  and exists (select 1 from overleg o join overleg_agendapunt a on a.overleg_id = o.id
				              join overleg_bespreking b on b.agendapunt_id = a.id
				              where o.team_id = t.id and o.datum < current_date)
				""")).isEqualTo(4);
	}

	@Test
	void everyDecisionIsOnItsCasesTimelineAndOneEscalationHasItsReferral() {
		assertThat(tel("""
				select count(*) from overleg o join overleg_agendapunt a on a.overleg_id = o.id
				join overleg_bespreking b on b.agendapunt_id = a.id
				where %s and not exists (select 1 from casus_gebeurtenis g where g.casus_id = a.casus_id
				                         and g.soort = 'overlegBesproken' and g.link like '/overleg/' || o.id || '#%%')
				""".formatted(DEMO))).isZero();
		assertThat(tel("""
				select count(*) from overleg o join overleg_agendapunt a on a.overleg_id = o.id
				join overleg_bespreking b on b.agendapunt_id = a.id
				join verwijzing w on w.id = b.verwijzing_id and w.casus_id = a.casus_id and w.specialisme is not null
				where %s and b.besluit = 'OPSCHALEN_SST'
				""".formatted(DEMO))).isEqualTo(1);
	}

	@Test
	void aSecondRunAddsNothing() {
		assertThat(this.overleg.genereer()).isEqualTo(new DemoOverleg.Resultaat(0, 0, 0));
	}

	private int tel(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
