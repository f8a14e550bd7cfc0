package nl.wijkdossier.overleg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Who may open a meeting: the members of its team and the team's manager — the attendees.
 * Anyone else does not see that it exists: a DENIED access-log row and "not found". Which
 * cases of its agenda an attendee may see is a second question, answered per case by her
 * own scope ({@code casus.Scope}).
 */
@Component
class OverlegToegang {

	private static final String KOP = """
			select o.id, o.team_id, t.naam as team_naam, o.datum, o.begintijd, o.locatie, g.weergavenaam as gepland_door
			from overleg o
			join wijkteam t on t.id = o.team_id
			join gebruiker g on g.id = o.gepland_door
			where o.id = :id and o.team_id = any(:teams)
			""";

	private final Organisatie organisatie;

	private final ToegangsLog toegangsLog;

	private final JdbcClient jdbc;

	OverlegToegang(Organisatie organisatie, ToegangsLog toegangsLog, JdbcClient jdbc) {
		this.organisatie = organisatie;
		this.toegangsLog = toegangsLog;
		this.jdbc = jdbc;
	}

	/**
	 * The teams whose meetings this person attends: her team, or the teams he manages.
	 */
	List<TeamInfo> mijnTeams(WijkdossierUser gebruiker) {
		return this.organisatie.teamsVan(gebruiker);
	}

	static Long[] ids(List<TeamInfo> teams) {
		return teams.stream().map(TeamInfo::id).toArray(Long[]::new);
	}

	/**
	 * The meeting, when this person attends it; else a DENIED row of the given event
	 * (with the case it was about, when known) and "not found".
	 */
	OverlegKop kop(WijkdossierUser gebruiker, long overlegId, Gebeurtenis gebeurtenis, Long casusId) {
		return this.jdbc.sql(KOP)
			.param("id", overlegId)
			.param("teams", ids(mijnTeams(gebruiker)))
			.query((rs, rij) -> kop(rs))
			.optional()
			.orElseThrow(() -> {
				this.toegangsLog.geweigerd(gebeurtenis, null, casusId);
				return new NietGevondenException("overleg");
			});
	}

	static OverlegKop kop(ResultSet rs) throws SQLException {
		return new OverlegKop(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_naam"),
				rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
				rs.getString("locatie"), rs.getString("gepland_door"));
	}

}
