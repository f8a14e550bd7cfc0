package nl.wijkdossier.spreekuur;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Keeps the sessions of the coming weeks in step with the schedules: after every change
 * of a spreekuur or an exception, and daily for the week that comes into view. Past
 * sessions are history and never change. A future session that the schedule no longer
 * holds is removed when nobody was rostered and nobody registered; otherwise it stays,
 * cancelled, so nothing recorded disappears.
 */
@Service
public class Sessies {

	/** How far ahead sessions exist: the rooster is made weeks in advance. */
	static final int WEKEN_VOORUIT = 8;

	/** The reason on a session the schedule no longer holds but that has a roster. */
	static final String NIET_MEER_IN_SCHEMA = "Spreekuur gewijzigd of beëindigd";

	private final JdbcClient jdbc;

	private final Clock clock;

	Sessies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Every spreekuur, for the horizon from today. */
	@Transactional
	public int synchroniseerAlles() {
		List<Long> ids = this.jdbc.sql("select id from spreekuur order by id").query(Long.class).list();
		int aantal = 0;
		for (long id : ids) {
			aantal += synchroniseer(id);
		}
		return aantal;
	}

	/**
	 * One spreekuur, from today to {@link #WEKEN_VOORUIT} weeks ahead.
	 * @return the number of sessions in the horizon that take place
	 */
	@Transactional
	public int synchroniseer(long spreekuurId) {
		LocalDate vandaag = LocalDate.now(this.clock);
		LocalDate tot = vandaag.plusWeeks(WEKEN_VOORUIT);
		Rij rij = this.jdbc.sql("""
				select id, team_id, weekdag, begintijd, eindtijd, elke_weken, geldig_van, geldig_tot, actief
				from spreekuur where id = :id for update
				""")
			.param("id", spreekuurId)
			.query((rs,
					n) -> new Rij(new Sessieplanning.Schema(rs.getLong("id"), rs.getLong("team_id"),
							DayOfWeek.of(rs.getInt("weekdag")), rs.getObject("begintijd", LocalTime.class),
							rs.getObject("eindtijd", LocalTime.class), rs.getInt("elke_weken"),
							rs.getObject("geldig_van", LocalDate.class), rs.getObject("geldig_tot", LocalDate.class)),
							rs.getBoolean("actief")))
			.single();
		List<Sessieplanning.Uitzondering> uitzonderingen = this.jdbc.sql("""
				select soort, spreekuur_id, team_id, datum, begintijd, eindtijd, reden
				from spreekuur_uitzondering
				where datum between :van and :tot
				  and (spreekuur_id = :spreekuur or team_id = :team or (spreekuur_id is null and team_id is null))
				""")
			.param("van", vandaag)
			.param("tot", tot)
			.param("spreekuur", spreekuurId)
			.param("team", rij.schema().teamId())
			.query((rs, n) -> new Sessieplanning.Uitzondering("EXTRA".equals(rs.getString("soort")),
					(Long) rs.getObject("spreekuur_id"), (Long) rs.getObject("team_id"),
					rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
					rs.getObject("eindtijd", LocalTime.class), rs.getString("reden")))
			.list();
		List<Sessieplanning.Sessie> gepland = rij.actief()
				? Sessieplanning.sessies(rij.schema(), uitzonderingen, vandaag, tot, ClockConfiguration.ZONE)
				: List.of();
		Set<String> sleutels = new HashSet<>();
		for (Sessieplanning.Sessie sessie : gepland) {
			sleutels.add(sessie.datum() + " " + sessie.begin());
			this.jdbc
				.sql("""
						insert into spreekuur_sessie (spreekuur_id, datum, begintijd, eindtijd, begint_op, eindigt_op, extra,
						                              vervalt_reden)
						values (:spreekuur, :datum, :begin, :eind, :beginOp, :eindOp, :extra, :vervalt)
						on conflict (spreekuur_id, datum, begintijd) do update
						set eindtijd = excluded.eindtijd, eindigt_op = excluded.eindigt_op, extra = excluded.extra,
						    vervalt_reden = excluded.vervalt_reden
						""")
				.param("spreekuur", spreekuurId)
				.param("datum", sessie.datum())
				.param("begin", Time.valueOf(sessie.begin()))
				.param("eind", Time.valueOf(sessie.eind()))
				.param("beginOp", Timestamp.from(sessie.beginOp()))
				.param("eindOp", Timestamp.from(sessie.eindOp()))
				.param("extra", sessie.extra())
				.param("vervalt", sessie.vervaltReden())
				.update();
		}
		List<Bestaand> bestaand = this.jdbc.sql("""
				select s.id, s.datum, s.begintijd,
				       exists (select 1 from spreekuur_dienst d where d.sessie_id = s.id)
				       or exists (select 1 from spreekuur_bezoek b where b.sessie_id = s.id) as in_gebruik
				from spreekuur_sessie s
				where s.spreekuur_id = :spreekuur and s.datum >= :van
				""")
			.param("spreekuur", spreekuurId)
			.param("van", vandaag)
			.query((rs, n) -> new Bestaand(rs.getLong("id"),
					rs.getObject("datum", LocalDate.class) + " " + rs.getObject("begintijd", LocalTime.class),
					rs.getBoolean("in_gebruik")))
			.list();
		for (Bestaand sessie : bestaand) {
			if (sleutels.contains(sessie.sleutel())) {
				continue;
			}
			if (sessie.inGebruik()) {
				this.jdbc.sql("update spreekuur_sessie set vervalt_reden = :reden where id = :id")
					.param("reden", NIET_MEER_IN_SCHEMA)
					.param("id", sessie.id())
					.update();
			}
			else {
				this.jdbc.sql("delete from spreekuur_sessie where id = :id").param("id", sessie.id()).update();
			}
		}
		return (int) gepland.stream().filter((s) -> !s.vervalt()).count();
	}

	private record Rij(Sessieplanning.Schema schema, boolean actief) {
	}

	private record Bestaand(long id, String sleutel, boolean inGebruik) {
	}

}
