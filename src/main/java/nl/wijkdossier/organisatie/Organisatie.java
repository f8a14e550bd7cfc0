package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.Postcode;

/**
 * What other modules ask of the organisation: which team serves a postcode, which teams a
 * person works in or steers (the root of every access scope), who works where. Read
 * models come straight from SQL, one query each, sized for lists.
 */
@Component
@Transactional(readOnly = true)
public class Organisatie {

	private static final String TEAM_SELECT = """
			select t.id, t.naam, t.cluster_id, c.naam as cluster_naam, t.bezoekadres, t.telefoon,
			       m.voornaam || ' ' || m.achternaam as manager_naam, t.actief,
			       array(select w.pc4 from werkgebied_postcode w where w.team_id = t.id order by w.pc4) as werkgebied
			from wijkteam t
			join cluster c on c.id = t.cluster_id
			left join medewerker m on m.id = t.manager_id
			""";

	private static final String MEDEWERKER_SELECT = """
			select m.id, m.gebruiker_id, m.voornaam || ' ' || m.achternaam as naam, m.email, g.rol, m.partner_id,
			       p.naam as partner_naam, m.team_id, t.naam as team_naam, m.uren_per_week, m.focus, m.actief
			from medewerker m
			join gebruiker g on g.id = m.gebruiker_id
			join convenantpartner p on p.id = m.partner_id
			left join wijkteam t on t.id = m.team_id
			""";

	private final JdbcClient jdbc;

	Organisatie(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The active team whose werkgebied holds this postcode (full or PC4). */
	public Optional<TeamInfo> teamVoorPostcode(String postcode) {
		return Postcode.pc4Van(postcode)
			.flatMap((pc4) -> this.jdbc
				.sql(TEAM_SELECT + " where t.actief and t.id = (select team_id from werkgebied_postcode where pc4 = ?)")
				.param(pc4)
				.query(Organisatie::team)
				.optional());
	}

	/**
	 * The teams this person works in (a wijkwerker: her own team) or steers (a manager:
	 * every team he manages). Others have none: their access is not by team.
	 */
	public List<TeamInfo> teamsVan(WijkdossierUser gebruiker) {
		if (gebruiker.heeftRol(Rol.WIJKWERKER)) {
			return this.jdbc.sql(TEAM_SELECT
					+ " where t.id = (select team_id from medewerker where gebruiker_id = ? and actief) order by t.naam")
				.param(gebruiker.id())
				.query(Organisatie::team)
				.list();
		}
		if (gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			return this.jdbc.sql(TEAM_SELECT
					+ " where t.actief and t.manager_id = (select id from medewerker where gebruiker_id = ? and actief) order by t.naam")
				.param(gebruiker.id())
				.query(Organisatie::team)
				.list();
		}
		return List.of();
	}

	public Optional<TeamInfo> team(long teamId) {
		return this.jdbc.sql(TEAM_SELECT + " where t.id = ?").param(teamId).query(Organisatie::team).optional();
	}

	public List<TeamInfo> teams() {
		return this.jdbc.sql(TEAM_SELECT + " order by c.naam, t.naam").query(Organisatie::team).list();
	}

	public Optional<MedewerkerInfo> medewerkerVan(WijkdossierUser gebruiker) {
		return this.jdbc.sql(MEDEWERKER_SELECT + " where m.gebruiker_id = ?")
			.param(gebruiker.id())
			.query(Organisatie::medewerker)
			.optional();
	}

	/** The active medewerkers of a team, by name. */
	public List<MedewerkerInfo> medewerkersVanTeam(long teamId) {
		return this.jdbc.sql(MEDEWERKER_SELECT + " where m.team_id = ? and m.actief order by m.achternaam, m.voornaam")
			.param(teamId)
			.query(Organisatie::medewerker)
			.list();
	}

	public Optional<MedewerkerInfo> medewerker(long medewerkerId) {
		return this.jdbc.sql(MEDEWERKER_SELECT + " where m.id = ?")
			.param(medewerkerId)
			.query(Organisatie::medewerker)
			.optional();
	}

	/** The active medewerkers with the role of wijkteammanager, by name. */
	public List<MedewerkerInfo> managers() {
		return this.jdbc
			.sql(MEDEWERKER_SELECT + " where g.rol = 'WIJKTEAMMANAGER' and m.actief order by m.achternaam, m.voornaam")
			.query(Organisatie::medewerker)
			.list();
	}

	/** Every convenantpartner, active or not, with its number of active medewerkers. */
	public List<PartnerInfo> partners() {
		return this.jdbc.sql("""
				select p.id, p.naam, p.actief, count(m.id) as medewerkers
				from convenantpartner p
				left join medewerker m on m.partner_id = p.id and m.actief
				group by p.id, p.naam, p.actief
				order by p.naam
				""")
			.query((rs, row) -> new PartnerInfo(rs.getLong("id"), rs.getString("naam"), rs.getInt("medewerkers"),
					rs.getBoolean("actief")))
			.list();
	}

	public List<MedewerkerInfo> medewerkers() {
		return this.jdbc.sql(MEDEWERKER_SELECT + " order by m.achternaam, m.voornaam")
			.query(Organisatie::medewerker)
			.list();
	}

	/** Clusters with their number of active teams, active medewerkers and FTE. */
	public List<ClusterInfo> clusters() {
		return this.jdbc.sql("""
				select c.id, c.naam, c.actief,
				       (select count(*) from wijkteam t where t.cluster_id = c.id and t.actief) as teams,
				       count(m.id) as medewerkers,
				       coalesce(sum(m.uren_per_week), 0) / 36 as fte
				from cluster c
				left join wijkteam t on t.cluster_id = c.id
				left join medewerker m on m.team_id = t.id and m.actief
				group by c.id, c.naam, c.actief
				order by c.naam
				""")
			.query((rs, row) -> new ClusterInfo(rs.getLong("id"), rs.getString("naam"), rs.getInt("teams"),
					rs.getInt("medewerkers"), rs.getBigDecimal("fte").setScale(1, java.math.RoundingMode.HALF_UP),
					rs.getBoolean("actief")))
			.list();
	}

	private static TeamInfo team(ResultSet rs, int row) throws SQLException {
		return new TeamInfo(rs.getLong("id"), rs.getString("naam"), rs.getLong("cluster_id"),
				rs.getString("cluster_naam"), rs.getString("bezoekadres"), rs.getString("telefoon"),
				rs.getString("manager_naam"), strings(rs.getArray("werkgebied")), rs.getBoolean("actief"));
	}

	private static MedewerkerInfo medewerker(ResultSet rs, int row) throws SQLException {
		String focus = rs.getString("focus");
		long teamId = rs.getLong("team_id");
		Long team = rs.wasNull() ? null : teamId;
		BigDecimal uren = rs.getBigDecimal("uren_per_week");
		return new MedewerkerInfo(rs.getLong("id"), rs.getLong("gebruiker_id"), rs.getString("naam"),
				rs.getString("email"), Rol.valueOf(rs.getString("rol")), rs.getLong("partner_id"),
				rs.getString("partner_naam"), team, rs.getString("team_naam"), uren,
				(focus != null) ? Focus.valueOf(focus) : null, rs.getBoolean("actief"));
	}

	private static List<String> strings(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
