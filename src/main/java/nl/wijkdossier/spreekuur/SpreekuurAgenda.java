package nl.wijkdossier.spreekuur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;

/**
 * The sessions people see: the week overview of one's teams (and the sessions one is on
 * duty in), one session for its roster, and the sessions of the coming days that nobody
 * staffs yet. Scope is part of every query; who is on duty comes in one more query for
 * all sessions at once, never one per session.
 */
@Service
@Transactional(readOnly = true)
public class SpreekuurAgenda {

	/** How far ahead a manager is warned about a session without staff. */
	public static final int DAGEN_VOORUIT_ONBEZET = 14;

	private static final String SELECT = """
			select s.id, s.spreekuur_id, sp.team_id, t.naam as team_naam, sp.soort, sp.locatie_naam, sp.locatie_adres,
			       s.datum, s.begintijd, s.eindtijd, s.begint_op, s.eindigt_op, s.extra, s.vervalt_reden,
			       p.naam as partner_naam
			from spreekuur_sessie s
			join spreekuur sp on sp.id = s.spreekuur_id
			join wijkteam t on t.id = sp.team_id
			left join convenantpartner p on p.id = sp.partner_id
			""";

	private final JdbcClient jdbc;

	private final SpreekuurToegang toegang;

	private final Clock clock;

	SpreekuurAgenda(JdbcClient jdbc, SpreekuurToegang toegang, Clock clock) {
		this.jdbc = jdbc;
		this.toegang = toegang;
		this.clock = clock;
	}

	/**
	 * This week's and next week's sessions (Monday to Sunday) of the person's teams and
	 * those she is on duty in, by day and time, cancelled ones included.
	 */
	public List<SpreekuurSessie> tweeWeken(WijkdossierUser gebruiker) {
		SpreekuurScope scope = this.toegang.scopeVan(gebruiker);
		LocalDate maandag = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return metDiensten(this.jdbc
			.sql(SELECT + " where s.datum between :van and :tot and " + SpreekuurScope.SQL
					+ " order by s.datum, s.begintijd, t.naam, s.id")
			.param("van", maandag)
			.param("tot", maandag.plusDays(13))
			.param("scopeTeams", scope.teamArray())
			.param("scopeMedewerker", scope.medewerkerId())
			.query(SpreekuurAgenda::sessie)
			.list());
	}

	/** One session the person may open (her teams, or she is on duty in it). */
	public Optional<SpreekuurSessie> sessie(WijkdossierUser gebruiker, long sessieId) {
		SpreekuurScope scope = this.toegang.scopeVan(gebruiker);
		return this.jdbc.sql(SELECT + " where s.id = :id and " + SpreekuurScope.SQL)
			.param("id", sessieId)
			.param("scopeTeams", scope.teamArray())
			.param("scopeMedewerker", scope.medewerkerId())
			.query(SpreekuurAgenda::sessie)
			.optional()
			.map((s) -> metDiensten(List.of(s)).get(0));
	}

	/** One session whose roster the person keeps (beheer: any; a manager: his teams). */
	public Optional<SpreekuurSessie> sessieVoorRooster(WijkdossierUser gebruiker, long sessieId) {
		SpreekuurBevoegdheid bevoegdheid = this.toegang.bevoegdheidVan(gebruiker);
		return this.jdbc.sql(SELECT + " where s.id = :id and (:alle or sp.team_id = any(:teams))")
			.param("id", sessieId)
			.param("alle", bevoegdheid.heleStad())
			.param("teams", bevoegdheid.teamArray())
			.query(SpreekuurAgenda::sessie)
			.optional()
			.map((s) -> metDiensten(List.of(s)).get(0));
	}

	/**
	 * The sessions of a manager's teams in the coming {@link #DAGEN_VOORUIT_ONBEZET} days
	 * that take place and have nobody on duty; none for other roles.
	 */
	public List<SpreekuurSessie> zonderBezetting(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			return List.of();
		}
		SpreekuurBevoegdheid bevoegdheid = this.toegang.bevoegdheidVan(gebruiker);
		LocalDate vandaag = LocalDate.now(this.clock);
		return this.jdbc.sql(SELECT + """
				where s.datum between :van and :tot and s.eindigt_op > :nu and s.vervalt_reden is null
				  and sp.team_id = any(:teams)
				  and not exists (select 1 from spreekuur_dienst d where d.sessie_id = s.id)
				order by s.datum, s.begintijd, t.naam, s.id
				""")
			.param("van", vandaag)
			.param("tot", vandaag.plusDays(DAGEN_VOORUIT_ONBEZET))
			.param("nu", Timestamp.from(this.clock.instant()))
			.param("teams", bevoegdheid.teamArray())
			.query(SpreekuurAgenda::sessie)
			.list();
	}

	/** Who is on duty, medewerkers first then volunteers, each by name. */
	List<SpreekuurSessie> metDiensten(List<SpreekuurSessie> sessies) {
		if (sessies.isEmpty()) {
			return sessies;
		}
		Long[] ids = sessies.stream().map(SpreekuurSessie::id).toArray(Long[]::new);
		Map<Long, List<SpreekuurDienst>> perSessie = this.jdbc.sql("""
				select d.id, d.sessie_id, d.medewerker_id,
				       coalesce(m.voornaam || ' ' || m.achternaam, d.vrijwilliger_naam) as naam,
				       coalesce(t.naam, d.vrijwilliger_organisatie) as organisatie
				from spreekuur_dienst d
				left join medewerker m on m.id = d.medewerker_id
				left join wijkteam t on t.id = m.team_id
				where d.sessie_id = any(:ids)
				order by d.medewerker_id is null, m.achternaam, m.voornaam, d.vrijwilliger_naam, d.id
				""").param("ids", ids).query((rs, n) -> {
			long medewerker = rs.getLong("medewerker_id");
			Long medewerkerId = rs.wasNull() ? null : medewerker;
			return Map.entry(rs.getLong("sessie_id"), new SpreekuurDienst(rs.getLong("id"), medewerkerId,
					rs.getString("naam"), rs.getString("organisatie"), medewerkerId == null));
		})
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return sessies.stream().map((s) -> s.metDiensten(perSessie.getOrDefault(s.id(), List.of()))).toList();
	}

	static SpreekuurSessie sessie(ResultSet rs, int rij) throws SQLException {
		return new SpreekuurSessie(rs.getLong("id"), rs.getLong("spreekuur_id"), rs.getLong("team_id"),
				rs.getString("team_naam"), SpreekuurSoort.valueOf(rs.getString("soort")), rs.getString("locatie_naam"),
				rs.getString("locatie_adres"), rs.getObject("datum", LocalDate.class),
				rs.getObject("begintijd", LocalTime.class), rs.getObject("eindtijd", LocalTime.class),
				rs.getTimestamp("begint_op").toInstant(), rs.getTimestamp("eindigt_op").toInstant(),
				rs.getBoolean("extra"), rs.getString("vervalt_reden"), rs.getString("partner_naam"), List.of());
	}

}
