package nl.wijkdossier.spreekuur;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions in the database follow the schedule; what was rostered or registered never
 * silently disappears.
 */
@SpringBootTest
@Transactional
class SessiesTests {

	private final JdbcClient jdbc;

	private final Sessies sessies;

	@Autowired
	SessiesTests(JdbcClient jdbc, Sessies sessies) {
		this.jdbc = jdbc;
		this.sessies = sessies;
	}

	private long spreekuur(DayOfWeek dag) {
		long team = this.jdbc.sql("select min(id) from wijkteam").query(Long.class).single();
		return this.jdbc.sql("""
				insert into spreekuur (team_id, soort, locatie_naam, locatie_adres, weekdag, begintijd, eindtijd,
				                       geldig_van)
				values (:team, 'INLOOP', 'Buurthuis De Schakel', 'Marktplein 1, Polderstad', :dag, '09:00', '11:00',
				        date '2026-01-01')
				returning id
				""").param("team", team).param("dag", dag.getValue()).query(Long.class).single();
	}

	private List<LocalDate> datums(long spreekuur, boolean alleenDoorgaand) {
		return this.jdbc
			.sql("select datum from spreekuur_sessie where spreekuur_id = :id"
					+ (alleenDoorgaand ? " and vervalt_reden is null" : "") + " order by datum")
			.param("id", spreekuur)
			.query(LocalDate.class)
			.list();
	}

	@Test
	void theComingWeeksAreGeneratedOnceHoweverOftenItRuns() {
		long id = spreekuur(DayOfWeek.TUESDAY);
		int aantal = this.sessies.synchroniseer(id);
		this.sessies.synchroniseer(id);
		List<LocalDate> datums = datums(id, false);
		assertThat(aantal).isBetween(Sessies.WEKEN_VOORUIT, Sessies.WEKEN_VOORUIT + 1);
		assertThat(datums).hasSize(aantal).allSatisfy((d) -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY));
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		assertThat(datums.get(0)).isEqualTo(vandaag.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY)));
	}

	@Test
	void aCancellationAddedLaterCancelsTheSessionAndRemovingItRestoresIt() {
		long id = spreekuur(DayOfWeek.WEDNESDAY);
		this.sessies.synchroniseer(id);
		LocalDate tweede = datums(id, false).get(1);
		long uitzondering = this.jdbc.sql("""
				insert into spreekuur_uitzondering (soort, datum, reden) values ('VERVALT', :datum, 'Koningsdag')
				returning id
				""").param("datum", tweede).query(Long.class).single();
		this.sessies.synchroniseer(id);
		assertThat(datums(id, true)).doesNotContain(tweede);
		assertThat(datums(id, false)).contains(tweede);
		this.jdbc.sql("delete from spreekuur_uitzondering where id = :id").param("id", uitzondering).update();
		this.sessies.synchroniseer(id);
		assertThat(datums(id, true)).contains(tweede);
	}

	@Test
	void endingASpreekuurRemovesEmptySessionsButKeepsRosteredOnesCancelled() {
		long id = spreekuur(DayOfWeek.THURSDAY);
		this.sessies.synchroniseer(id);
		long sessie = this.jdbc.sql("select id from spreekuur_sessie where spreekuur_id = :id order by datum limit 1")
			.param("id", id)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into spreekuur_dienst (sessie_id, vrijwilliger_naam, vrijwilliger_organisatie)
				values (:sessie, 'Ans', 'Humanitas')
				""").param("sessie", sessie).update();
		this.jdbc.sql("update spreekuur set actief = false where id = :id").param("id", id).update();
		int aantal = this.sessies.synchroniseer(id);
		assertThat(aantal).isZero();
		assertThat(this.jdbc.sql("select vervalt_reden from spreekuur_sessie where spreekuur_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly(Sessies.NIET_MEER_IN_SCHEMA);
	}

	@Test
	void anExtraSessionAppearsOnItsDayAtItsTime() {
		long id = spreekuur(DayOfWeek.MONDAY);
		LocalDate zaterdag = LocalDate.now(ClockConfiguration.ZONE).with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
		this.jdbc.sql("""
				insert into spreekuur_uitzondering (soort, spreekuur_id, datum, begintijd, eindtijd, reden)
				values ('EXTRA', :id, :datum, '10:00', '12:00', 'Extra spreekuur belastingaangifte')
				""").param("id", id).param("datum", zaterdag).update();
		this.sessies.synchroniseer(id);
		assertThat(this.jdbc.sql("select begintijd from spreekuur_sessie where spreekuur_id = :id and extra")
			.param("id", id)
			.query(LocalTime.class)
			.list()).containsExactly(LocalTime.of(10, 0));
	}

}
