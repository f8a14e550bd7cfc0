package nl.wijkdossier.spreekuur;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Rows for the overview tests, straight into the V9 tables: a spreekuur (inactive and
 * ended yesterday, so schedules, rosters and the public timetable of other tests never
 * see it), its sessions on given days, and register lines.
 */
final class SpreekuurOverzichtFixture {

	private final JdbcClient jdbc;

	SpreekuurOverzichtFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A unique location name, to find the spreekuur back on a page. */
	static String locatie() {
		return "Testlocatie " + UUID.randomUUID().toString().substring(0, 8);
	}

	long spreekuur(long teamId, String soort, String locatie) {
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		return this.jdbc.sql("""
				insert into spreekuur (team_id, soort, locatie_naam, locatie_adres, weekdag, begintijd, eindtijd,
				                       geldig_van, geldig_tot, actief)
				values (?, ?, ?, 'Teststraat 1, Polderstad', 2, '09:00', '11:00', ?, ?, false)
				returning id""")
			.params(teamId, soort, locatie, vandaag.minusYears(1), vandaag.minusDays(1))
			.query(Long.class)
			.single();
	}

	long sessie(long spreekuurId, LocalDate datum, String vervaltReden) {
		return sessie(spreekuurId, datum, LocalTime.of(9, 0), vervaltReden);
	}

	long sessie(long spreekuurId, LocalDate datum, LocalTime begin, String vervaltReden) {
		ZonedDateTime start = datum.atTime(begin).atZone(ClockConfiguration.ZONE);
		return this.jdbc.sql("""
				insert into spreekuur_sessie (spreekuur_id, datum, begintijd, eindtijd, begint_op, eindigt_op,
				                              vervalt_reden)
				values (?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(spreekuurId, datum, begin, begin.plusHours(2), Timestamp.from(start.toInstant()),
					Timestamp.from(start.plusHours(2).toInstant()), vervaltReden)
			.query(Long.class)
			.single();
	}

	void bezoek(long sessieId, String onderwerp, String resultaat, int minuten) {
		bezoek(sessieId, onderwerp, resultaat, minuten, null, false);
	}

	/**
	 * A line registered by the demo wijkwerker; DOORVERWEZEN gets a sociale-kaart entry,
	 * a withdrawn line its {@code ingetrokken_op}.
	 */
	void bezoek(long sessieId, String onderwerp, String resultaat, int minuten, Long casusId, boolean ingetrokken) {
		this.jdbc
			.sql("""
					insert into spreekuur_bezoek (sessie_id, volgnummer, onderwerp, resultaat, duur_minuten, casus_id,
					                              voorziening_id, geregistreerd_door, geregistreerd_op, ingetrokken_op)
					select :sessie, coalesce((select max(volgnummer) from spreekuur_bezoek where sessie_id = :sessie), 0) + 1,
					       :onderwerp, :resultaat, :minuten, cast(:casus as bigint),
					       case when :resultaat = 'DOORVERWEZEN' then (select min(id) from voorziening) end,
					       (select id from gebruiker where gebruikersnaam = 'wijkwerker'), s.begint_op,
					       case when :ingetrokken then s.begint_op + interval '1 minute' end
					from spreekuur_sessie s where s.id = :sessie
					""")
			.param("sessie", sessieId)
			.param("onderwerp", onderwerp)
			.param("resultaat", resultaat)
			.param("minuten", minuten)
			.param("casus", casusId)
			.param("ingetrokken", ingetrokken)
			.update();
	}

}
