package nl.wijkdossier.overleg;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.overleg.Overleggen.Regel;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.shared.web.Keuze;

/**
 * One case in the casuïstiekoverleg, for those who already read the case within their
 * scope (the dossier, the page of an agenda item): on which agendas it stood or stands,
 * with the question and the decision; and the coming meetings it may still go on. Reads
 * by case id and writes no access-log row of its own.
 */
@Component
class CasusOverleggen {

	/** The longest history the dossier shows. */
	static final int MAXIMUM = 50;

	private static final String AGENDAPUNTEN = """
			select a.id, a.overleg_id, o.datum, o.begintijd, o.team_id, t.naam as team_naam, a.vraag,
			       gu.weergavenaam as geagendeerd_door,
			""" + BesprekingInfo.KOLOMMEN + """
			from overleg_agendapunt a
			join overleg o on o.id = a.overleg_id
			join wijkteam t on t.id = o.team_id
			join gebruiker gu on gu.id = a.geagendeerd_door
			""" + BesprekingInfo.JOINS + """
			where a.casus_id = :casus
			order by o.datum desc, o.begintijd desc, a.id desc
			limit :limit
			""";

	/**
	 * The coming meetings of the attendee's teams this case may go on: those of its own
	 * team and of the team of its regievoerder (see {@link Agendas}), where it is not on
	 * the agenda yet.
	 */
	private static final String KEUZES = """
			select o.id, o.team_id, t.naam as team_naam, o.datum, o.begintijd, o.locatie,
			       (select count(*) from overleg_agendapunt p where p.overleg_id = o.id) as punten, 0 as besproken
			from overleg o
			join wijkteam t on t.id = o.team_id
			join casus c on c.id = :casus
			where o.team_id = any(:teams) and o.datum >= :vandaag
			  and (o.team_id = c.team_id
			       or o.team_id = (select m.team_id from medewerker m where m.id = c.regievoerder_id and m.actief))
			  and not exists (select 1 from overleg_agendapunt a where a.overleg_id = o.id and a.casus_id = c.id)
			order by o.datum, o.begintijd, t.naam
			limit 20
			""";

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CasusOverleggen(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** Where the case stood or stands on an agenda, latest meeting first. */
	List<Agendering> agenderingen(long casusId) {
		return this.jdbc.sql(AGENDAPUNTEN)
			.param("casus", casusId)
			.param("limit", MAXIMUM)
			.query((rs, rij) -> new Agendering(rs.getLong("id"), rs.getLong("overleg_id"),
					rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
					rs.getLong("team_id"), rs.getString("team_naam"), rs.getString("vraag"),
					rs.getString("geagendeerd_door"), BesprekingInfo.lees(rs)))
			.list();
	}

	/**
	 * The meetings the case may go on, for an attendee of these teams, as options:
	 * "dinsdag 12-03-2026 14:00 – Wijkteam Stad Centrum".
	 */
	List<Keuze> keuzes(long casusId, Long[] teams, LocalDate vandaag) {
		if (teams.length == 0) {
			return List.of();
		}
		return this.jdbc.sql(KEUZES)
			.param("casus", casusId)
			.param("teams", teams)
			.param("vandaag", vandaag)
			.query((rs, rij) -> new Regel(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_naam"),
					rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
					rs.getString("locatie"), rs.getInt("punten"), 0))
			.list()
			.stream()
			.map((r) -> new Keuze(String.valueOf(r.id()), this.messages.getMessage("overleg.keuze",
					new Object[] { this.messages.getMessage(r.weekdagKey(), null, LocaleContextHolder.getLocale()),
							Datums.dag(r.datum()), r.tijd(), r.teamNaam(), r.punten() },
					LocaleContextHolder.getLocale())))
			.toList();
	}

	/**
	 * The case on one agenda: which meeting, the question, and the discussion if held.
	 */
	record Agendering(long id, long overlegId, LocalDate datum, LocalTime begintijd, long teamId, String teamNaam,
			String vraag, String geagendeerdDoor, BesprekingInfo bespreking) {

		public boolean isBesproken() {
			return this.bespreking != null;
		}

		public String tijd() {
			return this.begintijd.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
		}

	}

}
