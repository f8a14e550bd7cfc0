package nl.wijkdossier.spreekuur;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.ClockConfiguration;

/**
 * Records the sessions of a past period as the schedule and its exceptions held them —
 * for a team that starts using Wijkdossier with its paper history, and for the demo city.
 * {@link Sessies} never touches the past; this only adds what is missing, before today.
 */
@Service
@Transactional
public class SpreekuurHistorie {

	private final JdbcClient jdbc;

	private final Clock clock;

	SpreekuurHistorie(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The sessions of one spreekuur from {@code van} up to {@code tot} (both inclusive,
	 * at most yesterday), added when missing.
	 * @return the ids of the sessions of the period that took place, by date
	 */
	public List<Long> legVast(long spreekuurId, LocalDate van, LocalDate tot) {
		LocalDate gisteren = LocalDate.now(this.clock).minusDays(1);
		LocalDate einde = tot.isAfter(gisteren) ? gisteren : tot;
		if (einde.isBefore(van)) {
			return List.of();
		}
		Sessieplanning.Schema schema = this.jdbc.sql("""
				select id, team_id, weekdag, begintijd, eindtijd, elke_weken, geldig_van, geldig_tot
				from spreekuur where id = :id
				""")
			.param("id", spreekuurId)
			.query((rs, n) -> new Sessieplanning.Schema(rs.getLong("id"), rs.getLong("team_id"),
					DayOfWeek.of(rs.getInt("weekdag")), rs.getObject("begintijd", LocalTime.class),
					rs.getObject("eindtijd", LocalTime.class), rs.getInt("elke_weken"),
					rs.getObject("geldig_van", LocalDate.class), rs.getObject("geldig_tot", LocalDate.class)))
			.single();
		List<Sessieplanning.Uitzondering> uitzonderingen = this.jdbc.sql("""
				select soort, spreekuur_id, team_id, datum, begintijd, eindtijd, reden
				from spreekuur_uitzondering
				where datum between :van and :tot
				  and (spreekuur_id = :spreekuur or team_id = :team or (spreekuur_id is null and team_id is null))
				""")
			.param("van", van)
			.param("tot", einde)
			.param("spreekuur", spreekuurId)
			.param("team", schema.teamId())
			.query((rs, n) -> new Sessieplanning.Uitzondering("EXTRA".equals(rs.getString("soort")),
					(Long) rs.getObject("spreekuur_id"), (Long) rs.getObject("team_id"),
					rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
					rs.getObject("eindtijd", LocalTime.class), rs.getString("reden")))
			.list();
		List<Long> ids = new ArrayList<>();
		for (Sessieplanning.Sessie sessie : Sessieplanning.sessies(schema, uitzonderingen, van, einde,
				ClockConfiguration.ZONE)) {
			this.jdbc
				.sql("""
						insert into spreekuur_sessie (spreekuur_id, datum, begintijd, eindtijd, begint_op, eindigt_op, extra,
						                              vervalt_reden)
						values (:spreekuur, :datum, :begin, :eind, :beginOp, :eindOp, :extra, :vervalt)
						on conflict (spreekuur_id, datum, begintijd) do nothing
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
			if (!sessie.vervalt()) {
				ids.add(this.jdbc.sql("""
						select id from spreekuur_sessie where spreekuur_id = :spreekuur and datum = :datum
						  and begintijd = :begin
						""")
					.param("spreekuur", spreekuurId)
					.param("datum", sessie.datum())
					.param("begin", Time.valueOf(sessie.begin()))
					.query(Long.class)
					.single());
			}
		}
		return ids;
	}

	/**
	 * Who was on duty in a past session: the roster as it was. Medewerkers by id,
	 * volunteers by name and organisation.
	 */
	public void legDienstVast(long sessieId, Long medewerkerId, String vrijwilligerNaam,
			String vrijwilligerOrganisatie) {
		this.jdbc.sql("""
				insert into spreekuur_dienst (sessie_id, medewerker_id, vrijwilliger_naam, vrijwilliger_organisatie)
				values (:sessie, :medewerker, :naam, :organisatie)
				on conflict do nothing
				""")
			.param("sessie", sessieId)
			.param("medewerker", medewerkerId)
			.param("naam", (medewerkerId == null) ? vrijwilligerNaam : null)
			.param("organisatie", (medewerkerId == null) ? vrijwilligerOrganisatie : null)
			.update();
	}

}
