package nl.wijkdossier.bezetting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.bezetting.Bezetting.InvalRegel;

/**
 * The rows of this module as the use cases and pages read them: one absence with its
 * medewerker, team and cluster, and the invallen of a set of absences in one query.
 */
@Component
class AfwezigheidRijen {

	private static final String KOP = """
			select a.id, a.medewerker_id, m.gebruiker_id, m.voornaam || ' ' || m.achternaam as naam, m.team_id,
			       t.naam as team_naam, t.cluster_id, a.soort, a.van, a.tot, a.version,
			       g.weergavenaam as geregistreerd_door, a.geregistreerd_op
			from afwezigheid a
			join medewerker m on m.id = a.medewerker_id
			left join wijkteam t on t.id = m.team_id
			join gebruiker g on g.id = a.geregistreerd_door
			where a.id = :id
			""";

	private static final String INVALLEN = """
			select i.id, i.afwezigheid_id, i.invaller_id, iv.voornaam || ' ' || iv.achternaam as invaller_naam,
			       t.naam as team_naam, i.van, i.tot, g.weergavenaam as aangewezen_door, i.aangewezen_op
			from inval i
			join medewerker iv on iv.id = i.invaller_id
			left join wijkteam t on t.id = iv.team_id
			join gebruiker g on g.id = i.aangewezen_door
			where i.afwezigheid_id = any(:afwezigheden)
			order by i.van, i.id
			""";

	private final JdbcClient jdbc;

	AfwezigheidRijen(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Kop> kop(long id) {
		return this.jdbc.sql(KOP).param("id", id).query((rs, rij) -> kop(rs)).optional();
	}

	List<InvalRegel> invallen(Collection<Long> afwezigheden) {
		if (afwezigheden.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(INVALLEN)
			.param("afwezigheden", afwezigheden.toArray(Long[]::new))
			.query((rs, rij) -> new InvalRegel(rs.getLong("id"), rs.getLong("afwezigheid_id"),
					rs.getLong("invaller_id"), rs.getString("invaller_naam"), rs.getString("team_naam"),
					rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class),
					rs.getString("aangewezen_door"), rs.getTimestamp("aangewezen_op").toInstant()))
			.list();
	}

	private static Kop kop(ResultSet rs) throws SQLException {
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		long cluster = rs.getLong("cluster_id");
		Long clusterId = rs.wasNull() ? null : cluster;
		return new Kop(rs.getLong("id"), rs.getLong("medewerker_id"), rs.getLong("gebruiker_id"), rs.getString("naam"),
				teamId, rs.getString("team_naam"), clusterId, AfwezigheidSoort.valueOf(rs.getString("soort")),
				rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class), rs.getLong("version"),
				rs.getString("geregistreerd_door"), rs.getTimestamp("geregistreerd_op").toInstant());
	}

	/**
	 * One absence with whose it is: her account (for "namens" in the access log), her
	 * team and its cluster (where an invaller may come from).
	 */
	record Kop(long id, long medewerkerId, long gebruikerId, String naam, Long teamId, String teamNaam, Long clusterId,
			AfwezigheidSoort soort, LocalDate van, LocalDate tot, long version, String geregistreerdDoor,
			Instant geregistreerdOp) {

		public boolean isVoorbij(LocalDate vandaag) {
			return this.tot.isBefore(vandaag);
		}

		public boolean isBegonnen(LocalDate vandaag) {
			return !this.van.isAfter(vandaag);
		}

	}

}
