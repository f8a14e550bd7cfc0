package nl.wijkdossier.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.bezetting.Afwezig;
import nl.wijkdossier.bezetting.Afwezigheden;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's absences, as the manager's pages need them: in his teams a colleague of
 * {@code wijkwerker} ill since last week without cover, another on holiday covered today
 * by {@code wijkwerker3} of another team of the cluster, and a holiday of
 * {@code wijkwerker} in three to four weeks without cover; a second run adds nothing.
 * Other tests add absences of their own, so the checks look at the demo's three: the
 * first rows, written at start-up.
 */
@SpringBootTest
class DemoBezettingTests {

	private final JdbcClient jdbc;

	private final DemoBezetting generator;

	private final Afwezigheden afwezigheden;

	@Autowired
	DemoBezettingTests(JdbcClient jdbc, DemoBezetting generator, Afwezigheden afwezigheden) {
		this.jdbc = jdbc;
		this.generator = generator;
		this.afwezigheden = afwezigheden;
	}

	@Test
	void theManagerHasAnUncoveredIllnessACoveredHolidayAndAComingHolidayOfWijkwerker() {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		List<Map<String, Object>> demo = this.jdbc.sql("""
				select a.id, a.soort, a.van, a.tot, g.gebruikersnaam, m.team_id, t.cluster_id,
				       (select count(*) from inval i where i.afwezigheid_id = a.id) as invallen,
				       (select gi.gebruikersnaam from inval i join medewerker mi on mi.id = i.invaller_id
				        join gebruiker gi on gi.id = mi.gebruiker_id
				        where i.afwezigheid_id = a.id and :vandaag between i.van and i.tot) as invaller,
				       t.manager_id = (select mm.id from medewerker mm join gebruiker gm on gm.id = mm.gebruiker_id
				                       where gm.gebruikersnaam = 'manager') as van_manager
				from (select * from afwezigheid order by id limit 3) a
				join medewerker m on m.id = a.medewerker_id
				join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id
				order by a.id
				""").param("vandaag", vandaag).query().listOfRows();
		assertThat(demo).hasSize(3).allMatch((a) -> Boolean.TRUE.equals(a.get("van_manager")));

		Map<String, Object> ziek = demo.get(0);
		assertThat(ziek.get("soort")).isEqualTo("ZIEKTE");
		assertThat(ziek.get("gebruikersnaam")).isNotIn(Demo.WIJKWERKER, Demo.WIJKWERKER3);
		assertThat(((java.sql.Date) ziek.get("van")).toLocalDate())
			.isEqualTo(vandaag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1));
		assertThat(((java.sql.Date) ziek.get("tot")).toLocalDate()).isAfter(vandaag);
		assertThat(ziek.get("invallen")).isEqualTo(0L);

		Map<String, Object> vakantie = demo.get(1);
		assertThat(vakantie.get("soort")).isEqualTo("VAKANTIE");
		assertThat(vakantie.get("gebruikersnaam")).isNotIn(Demo.WIJKWERKER, Demo.WIJKWERKER3);
		assertThat(vakantie.get("invaller")).isEqualTo(Demo.WIJKWERKER3);
		assertThat(vakantie.get("team_id")).as("covered from another team").isNotEqualTo(team(Demo.WIJKWERKER3));
		assertThat(vakantie.get("cluster_id")).isEqualTo(cluster(Demo.WIJKWERKER3));

		Map<String, Object> eigen = demo.get(2);
		assertThat(eigen.get("gebruikersnaam")).isEqualTo(Demo.WIJKWERKER);
		assertThat(eigen.get("soort")).isEqualTo("VAKANTIE");
		assertThat(((java.sql.Date) eigen.get("van")).toLocalDate()).isBetween(vandaag.plusDays(21),
				vandaag.plusDays(27));
		assertThat(eigen.get("invallen")).isEqualTo(0L);

		List<Afwezig> vandaagAfwezig = this.afwezigheden.opDag(List.of(medewerker((String) ziek.get("gebruikersnaam")),
				medewerker((String) vakantie.get("gebruikersnaam"))), vandaag);
		assertThat(vandaagAfwezig).hasSize(2);
		assertThat(vandaagAfwezig).filteredOn(Afwezig::zonderBezetting).hasSize(1);
		assertThat(this.jdbc.sql("""
				select count(*) from casus_gebeurtenis e join casus c on c.id = e.casus_id
				where e.soort = 'invalAangewezen' and c.regievoerder_id = ?
				""").param(medewerker((String) vakantie.get("gebruikersnaam"))).query(Long.class).single())
			.as("the appointment's line on her open cases")
			.isEqualTo(this.jdbc.sql("""
					select count(*) from casus where regievoerder_id = ? and status <> 'AFGESLOTEN'
					""").param(medewerker((String) vakantie.get("gebruikersnaam"))).query(Long.class).single())
			.isPositive();

		assertThat(this.generator.genereer()).isEqualTo(new DemoBezetting.Resultaat(0, 0));
	}

	private long medewerker(String gebruikersnaam) {
		return this.jdbc
			.sql("select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	private long team(String gebruikersnaam) {
		return this.jdbc.sql(
				"select m.team_id from medewerker m join gebruiker g on g.id = m.gebruiker_id where g.gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	private long cluster(String gebruikersnaam) {
		return this.jdbc.sql("""
				select t.cluster_id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				join wijkteam t on t.id = m.team_id where g.gebruikersnaam = ?
				""").param(gebruikersnaam).query(Long.class).single();
	}

}
