package nl.wijkdossier.spreekuur;

import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.spreekuur.SpreekuurWeigering.Fout;

/**
 * Exceptions to the schedule: cancellations (one spreekuur, a team, the whole city on a
 * public holiday; a whole day or one session) and extra one-off sessions. After every
 * change the sessions of the spreekuren it touches follow in the same transaction, so a
 * cancelled session shows as cancelled, with its reason, at once. Who may add which
 * exception is the caller's check ({@link SpreekuurBevoegdheid}); the rules of an
 * exception are checked here.
 */
@Service
@Transactional
public class Uitzonderingen {

	/** How far ahead an exception may be entered. */
	static final int JAREN_VOORUIT = 2;

	private static final String SELECT = """
			select u.id, u.soort, u.spreekuur_id, sp.locatie_naam, coalesce(u.team_id, sp.team_id) as team_id,
			       t.naam as team_naam, u.datum, u.begintijd, u.eindtijd, u.reden
			from spreekuur_uitzondering u
			left join spreekuur sp on sp.id = u.spreekuur_id
			left join wijkteam t on t.id = coalesce(u.team_id, sp.team_id)
			""";

	private final JdbcClient jdbc;

	private final Sessies sessies;

	private final Clock clock;

	Uitzonderingen(JdbcClient jdbc, Sessies sessies, Clock clock) {
		this.jdbc = jdbc;
		this.sessies = sessies;
		this.clock = clock;
	}

	/** Records an exception and brings the sessions it touches in step. */
	public long voegToe(UitzonderingGegevens gegevens) {
		SpreekuurWeigering.weigerBij(controleer(gegevens));
		boolean extra = gegevens.soort() == UitzonderingSoort.EXTRA;
		long id = this.jdbc.sql("""
				insert into spreekuur_uitzondering (soort, spreekuur_id, team_id, datum, begintijd, eindtijd, reden)
				values (:soort, :spreekuur, :team, :datum, :begin, :eind, :reden) returning id
				""")
			.param("soort", gegevens.soort().name())
			.param("spreekuur", gegevens.spreekuurId())
			.param("team", gegevens.teamId())
			.param("datum", gegevens.datum())
			.param("begin", (gegevens.begintijd() != null) ? Time.valueOf(gegevens.begintijd()) : null)
			.param("eind", (extra && gegevens.eindtijd() != null) ? Time.valueOf(gegevens.eindtijd()) : null)
			.param("reden", gegevens.reden())
			.query(Long.class)
			.single();
		synchroniseer(gegevens.spreekuurId(), gegevens.teamId());
		return id;
	}

	/** Removes an exception; the sessions it touched return to the schedule. */
	public void verwijder(long id) {
		UitzonderingInfo uitzondering = uitzondering(id).orElseThrow(() -> new NietGevondenException("uitzondering"));
		this.jdbc.sql("delete from spreekuur_uitzondering where id = :id").param("id", id).update();
		synchroniseer(uitzondering.spreekuurId(), (uitzondering.spreekuurId() == null) ? uitzondering.teamId() : null);
	}

	@Transactional(readOnly = true)
	public Optional<UitzonderingInfo> uitzondering(long id) {
		return this.jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(Uitzonderingen::info).optional();
	}

	/**
	 * The exceptions from today on of these teams (their spreekuren or the whole team)
	 * and those for the whole city, by date.
	 */
	@Transactional(readOnly = true)
	public List<UitzonderingInfo> komende(SpreekuurBevoegdheid bevoegdheid) {
		return this.jdbc
			.sql(SELECT
					+ """
							where u.datum >= :vandaag
							  and (:alle or coalesce(u.team_id, sp.team_id) is null or coalesce(u.team_id, sp.team_id) = any(:teams))
							order by u.datum, u.begintijd nulls first, u.id
							""")
			.param("vandaag", LocalDate.now(this.clock))
			.param("alle", bevoegdheid.heleStad())
			.param("teams", bevoegdheid.teamArray())
			.query(Uitzonderingen::info)
			.list();
	}

	private void synchroniseer(Long spreekuurId, Long teamId) {
		if (spreekuurId != null) {
			this.sessies.synchroniseer(spreekuurId);
		}
		else if (teamId != null) {
			this.jdbc.sql("select id from spreekuur where team_id = :team order by id")
				.param("team", teamId)
				.query(Long.class)
				.list()
				.forEach(this.sessies::synchroniseer);
		}
		else {
			this.sessies.synchroniseerAlles();
		}
	}

	private List<Fout> controleer(UitzonderingGegevens g) {
		List<Fout> fouten = new ArrayList<>();
		LocalDate vandaag = LocalDate.now(this.clock);
		if (g.datum().isBefore(vandaag)) {
			fouten.add(new Fout("datum", "spreekuur.fout.datumVerleden"));
		}
		else if (g.datum().isAfter(vandaag.plusYears(JAREN_VOORUIT))) {
			fouten.add(new Fout("datum", "spreekuur.fout.datumTeVer", JAREN_VOORUIT));
		}
		if (g.reden().isEmpty()) {
			fouten.add(new Fout("reden", "spreekuur.fout.redenVerplicht"));
		}
		if (g.spreekuurId() != null && g.teamId() != null) {
			fouten.add(new Fout(null, "spreekuur.fout.bereikDubbel"));
		}
		if (g.spreekuurId() != null && this.jdbc.sql("select count(*) from spreekuur where id = :id")
			.param("id", g.spreekuurId())
			.query(Long.class)
			.single() == 0) {
			fouten.add(new Fout("spreekuurId", "spreekuur.fout.spreekuurOngeldig"));
		}
		if (g.soort() == UitzonderingSoort.EXTRA) {
			if (g.spreekuurId() == null) {
				fouten.add(new Fout("spreekuurId", "spreekuur.fout.spreekuurVerplicht"));
			}
			if (g.begintijd() == null) {
				fouten.add(new Fout("begintijd", "spreekuur.fout.tijdVerplicht"));
			}
			if (g.eindtijd() == null) {
				fouten.add(new Fout("eindtijd", "spreekuur.fout.tijdVerplicht"));
			}
			else if (g.begintijd() != null && !g.eindtijd().isAfter(g.begintijd())) {
				fouten.add(new Fout("eindtijd", "spreekuur.fout.eindNaBegin"));
			}
		}
		return fouten;
	}

	private static UitzonderingInfo info(java.sql.ResultSet rs, int rij) throws java.sql.SQLException {
		long spreekuur = rs.getLong("spreekuur_id");
		Long spreekuurId = rs.wasNull() ? null : spreekuur;
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		return new UitzonderingInfo(rs.getLong("id"), UitzonderingSoort.valueOf(rs.getString("soort")), spreekuurId,
				rs.getString("locatie_naam"), teamId, rs.getString("team_naam"), rs.getObject("datum", LocalDate.class),
				rs.getObject("begintijd", LocalTime.class), rs.getObject("eindtijd", LocalTime.class),
				rs.getString("reden"));
	}

}
