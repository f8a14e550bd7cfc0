package nl.wijkdossier.overleg;

import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;

/**
 * Meetings, agenda items and discussions for the tests, each unique to the test that
 * makes them (a meeting gets a start time no other test uses), on cases of
 * {@link CasusFixtures}; and what tests read back.
 */
final class OverlegFixture {

	/** Seconds past 06:00: every meeting of a test run starts at its own moment. */
	private static final AtomicInteger MOMENT = new AtomicInteger((int) Math.floorMod(System.nanoTime(), 20_000L));

	private final JdbcClient jdbc;

	private final CasusFixtures casussen;

	OverlegFixture(JdbcClient jdbc, CasusFixtures casussen) {
		this.jdbc = jdbc;
		this.casussen = casussen;
	}

	CasusFixtures casussen() {
		return this.casussen;
	}

	static LocalDate vandaag() {
		return LocalDate.now(ClockConfiguration.ZONE);
	}

	/** A meeting of the team on that day, planned by the demo manager. */
	long overleg(long teamId, LocalDate datum) {
		LocalTime tijd = LocalTime.of(6, 0).plusSeconds(MOMENT.getAndIncrement() % 50_000);
		return this.jdbc.sql("""
				insert into overleg (team_id, datum, begintijd, locatie, gepland_door, gepland_op)
				values (?, ?, ?, 'Teamruimte', (select id from gebruiker where gebruikersnaam = ?), now())
				returning id
				""").params(teamId, datum, Time.valueOf(tijd), Demo.MANAGER).query(Long.class).single();
	}

	/** A meeting of the demo wijkwerker's team (Wijkteam Stad Centrum). */
	long overlegVanWijkwerker(LocalDate datum) {
		return overleg(this.casussen.teamVan(Demo.WIJKWERKER), datum);
	}

	/** An open case of Wijkteam Stad Centrum with the demo wijkwerker as regievoerder. */
	long casusVanWijkwerker() {
		return this.casussen.casus(this.casussen.inwoner().id(), this.casussen.teamVan(Demo.WIJKWERKER))
			.inBehandeling(this.casussen.medewerkerVan(Demo.WIJKWERKER))
			.opslaan();
	}

	long agendapunt(long overlegId, long casusId, String door) {
		return this.jdbc.sql("""
				insert into overleg_agendapunt (overleg_id, casus_id, vraag, geagendeerd_door, geagendeerd_op, positie)
				values (?, ?, 'Hoe verder?', (select id from gebruiker where gebruikersnaam = ?), now(),
				        (select coalesce(max(positie), 0) + 1 from overleg_agendapunt where overleg_id = ?))
				returning id
				""").params(overlegId, casusId, door, overlegId).query(Long.class).single();
	}

	/** A recorded discussion: continue, followed up by the medewerker. */
	long bespreking(long puntId, long opvolgerId, String door) {
		return this.jdbc
			.sql("""
					insert into overleg_bespreking (agendapunt_id, notities, besluit, opvolger_id, vastgelegd_door,
					                                vastgelegd_op)
					values (?, 'Vooraf besproken', 'DOORGAAN', ?, (select id from gebruiker where gebruikersnaam = ?), now())
					returning id
					""")
			.params(puntId, opvolgerId, door)
			.query(Long.class)
			.single();
	}

	int agendapunten(long overlegId) {
		return tel("select count(*) from overleg_agendapunt where overleg_id = ?", overlegId);
	}

	int besprekingen(long puntId) {
		return tel("select count(*) from overleg_bespreking where agendapunt_id = ?", puntId);
	}

	int sstVerwijzingen(long casusId) {
		return tel("""
				select count(*) from verwijzing w join voorziening v on v.id = w.voorziening_id
				where w.casus_id = ? and v.soort = 'SOCIAAL_STEDELIJK_TEAM'
				""", casusId);
	}

	int overleggen(long teamId) {
		return tel("select count(*) from overleg where team_id = ?", teamId);
	}

	/** Access-log rows of this user, event and result; any case when it is null. */
	int log(String gebeurtenis, String gebruikersnaam, Long casusId, String resultaat) {
		return this.casussen.logRegels(gebeurtenis, gebruikersnaam, casusId, resultaat);
	}

	/** The details of a case's timeline lines of one kind, newest first, joined. */
	String tijdlijn(long casusId, String soort) {
		return this.jdbc.sql("""
				select coalesce(string_agg(coalesce(detail, '') || ' -> ' || coalesce(link, ''), ' | '
				                           order by id desc), '')
				from casus_gebeurtenis where casus_id = ? and soort = ?
				""").params(casusId, soort).query(String.class).single();
	}

	private int tel(String sql, long id) {
		return this.jdbc.sql(sql).param(id).query(Integer.class).single();
	}

}
