package nl.wijkdossier.spreekuur;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Object mother for the register tests: a spreekuur of a team with one session at the
 * time a test needs (happening now, long past, later today), duty rows and counts. The
 * spreekuur's schedule matches a session happening now, so synchronising the schedule
 * keeps it.
 */
public final class SessieRegisterFixture {

	private final JdbcClient jdbc;

	public SessieRegisterFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A session of this team happening now: started up to half an hour ago, ends in 90
	 * minutes.
	 */
	public long sessieNu(long teamId) {
		LocalDateTime nu = LocalDateTime.now(ClockConfiguration.ZONE).truncatedTo(ChronoUnit.MINUTES);
		LocalDate vandaag = nu.toLocalDate();
		LocalDateTime begin = nu.minusMinutes(30);
		LocalDateTime eind = nu.plusMinutes(90);
		if (!begin.toLocalDate().equals(vandaag)) {
			begin = vandaag.atStartOfDay();
		}
		if (!eind.toLocalDate().equals(vandaag)) {
			eind = vandaag.atTime(23, 59);
		}
		return sessie(teamId, vandaag, begin.toLocalTime(), eind.toLocalTime());
	}

	/** A session of this team a week ago: its register closed long since. */
	public long sessieVorigeWeek(long teamId) {
		return sessie(teamId, LocalDate.now(ClockConfiguration.ZONE).minusWeeks(1), LocalTime.of(9, 0),
				LocalTime.of(11, 0));
	}

	/**
	 * A session starting in three hours or more (later today or tomorrow): not open yet.
	 */
	public long sessieLater(long teamId) {
		LocalDateTime begin = LocalDateTime.now(ClockConfiguration.ZONE).plusHours(3).truncatedTo(ChronoUnit.HOURS);
		LocalDateTime eind = begin.plusHours(1);
		if (!eind.toLocalDate().equals(begin.toLocalDate())) {
			begin = begin.toLocalDate().plusDays(1).atTime(9, 0);
			eind = begin.plusHours(2);
		}
		return sessie(teamId, begin.toLocalDate(), begin.toLocalTime(), eind.toLocalTime());
	}

	public long sessie(long teamId, LocalDate datum, LocalTime begin, LocalTime eind) {
		long spreekuur = this.jdbc.sql("""
				insert into spreekuur (team_id, soort, locatie_naam, locatie_adres, weekdag, begintijd, eindtijd,
				                       geldig_van)
				values (:team, 'INLOOP', 'Buurthuis De Schakel', 'Marktplein 1, Polderstad', :dag, :begin, :eind, :van)
				returning id
				""")
			.param("team", teamId)
			.param("dag", datum.getDayOfWeek().getValue())
			.param("begin", Time.valueOf(begin))
			.param("eind", Time.valueOf(eind))
			.param("van", datum.minusWeeks(2))
			.query(Long.class)
			.single();
		Instant beginOp = datum.atTime(begin).atZone(ClockConfiguration.ZONE).toInstant();
		Instant eindOp = datum.atTime(eind).atZone(ClockConfiguration.ZONE).toInstant();
		return this.jdbc.sql("""
				insert into spreekuur_sessie (spreekuur_id, datum, begintijd, eindtijd, begint_op, eindigt_op)
				values (:spreekuur, :datum, :begin, :eind, :beginOp, :eindOp)
				returning id
				""")
			.param("spreekuur", spreekuur)
			.param("datum", datum)
			.param("begin", Time.valueOf(begin))
			.param("eind", Time.valueOf(eind))
			.param("beginOp", Timestamp.from(beginOp))
			.param("eindOp", Timestamp.from(eindOp))
			.query(Long.class)
			.single();
	}

	/** Cancels a session, as a holiday would. */
	public void vervalt(long sessieId, String reden) {
		this.jdbc.sql("update spreekuur_sessie set vervalt_reden = :reden where id = :id")
			.param("reden", reden)
			.param("id", sessieId)
			.update();
	}

	/** Puts a medewerker on duty in a session. */
	public void dienst(long sessieId, long medewerkerId) {
		this.jdbc.sql("insert into spreekuur_dienst (sessie_id, medewerker_id) values (:sessie, :medewerker)")
			.param("sessie", sessieId)
			.param("medewerker", medewerkerId)
			.update();
	}

	/** A line registered directly, e.g. in a closed register, by a user id. */
	public long bezoek(long sessieId, int volgnummer, String resultaat, long doorGebruikerId) {
		return this.jdbc.sql("""
				insert into spreekuur_bezoek (sessie_id, volgnummer, onderwerp, resultaat, duur_minuten,
				                              geregistreerd_door, geregistreerd_op)
				values (:sessie, :nr, 'WONEN', :resultaat, 10, :door, :op)
				returning id
				""")
			.param("sessie", sessieId)
			.param("nr", volgnummer)
			.param("resultaat", resultaat)
			.param("door", doorGebruikerId)
			.param("op", Timestamp.from(Instant.now().minus(Duration.ofDays(7))))
			.query(Long.class)
			.single();
	}

	/** Lines that stand (not withdrawn). */
	public int bezoeken(long sessieId) {
		return this.jdbc
			.sql("select count(*) from spreekuur_bezoek where sessie_id = :sessie and ingetrokken_op is null")
			.param("sessie", sessieId)
			.query(Integer.class)
			.single();
	}

	public int alleBezoeken(long sessieId) {
		return this.jdbc.sql("select count(*) from spreekuur_bezoek where sessie_id = :sessie")
			.param("sessie", sessieId)
			.query(Integer.class)
			.single();
	}

	public long gebruikerId(String gebruikersnaam) {
		return this.jdbc.sql("select id from gebruiker where gebruikersnaam = ?")
			.param(gebruikersnaam)
			.query(Long.class)
			.single();
	}

	/**
	 * Access-log rows of one event and user (and resident, when given) with this outcome.
	 */
	public int logRegels(String gebeurtenis, String gebruikersnaam, String resultaat) {
		return this.jdbc.sql("""
				select count(*) from toegangslog
				where gebeurtenis = :gebeurtenis and gebruikersnaam = :naam and resultaat = :resultaat
				""")
			.param("gebeurtenis", gebeurtenis)
			.param("naam", gebruikersnaam)
			.param("resultaat", resultaat)
			.query(Integer.class)
			.single();
	}

}
