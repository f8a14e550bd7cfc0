package nl.wijkdossier.spreekuur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.spreekuur.SpreekuurWeigering.Fout;

/**
 * The schedule of the spreekuren: create, change and (de)activate a spreekuur. Nothing is
 * deleted — sessions and their registers keep pointing at it. After every save the
 * sessions of the coming weeks follow in the same transaction ({@link Sessies}), so a
 * page never shows a schedule and sessions that disagree. Who may change which team's
 * schedule is the caller's check ({@link SpreekuurBevoegdheid}); the rules of the
 * schedule itself — an active team, an active partner, times and dates in order — are
 * checked here, whoever calls.
 */
@Service
@Transactional
public class SpreekuurSchema {

	static final String SELECT = """
			select sp.id, sp.team_id, t.naam as team_naam, sp.soort, sp.locatie_naam, sp.locatie_adres, sp.weekdag,
			       sp.begintijd, sp.eindtijd, sp.elke_weken, sp.geldig_van, sp.geldig_tot, sp.partner_id,
			       p.naam as partner_naam, sp.actief, sp.version
			from spreekuur sp
			join wijkteam t on t.id = sp.team_id
			left join convenantpartner p on p.id = sp.partner_id
			""";

	private final JdbcClient jdbc;

	private final Sessies sessies;

	SpreekuurSchema(JdbcClient jdbc, Sessies sessies) {
		this.jdbc = jdbc;
		this.sessies = sessies;
	}

	/**
	 * A new active spreekuur; its sessions of the coming weeks exist when this returns.
	 */
	public long nieuw(SpreekuurGegevens gegevens) {
		SpreekuurWeigering.weigerBij(controleer(gegevens, null));
		long id = this.jdbc.sql("""
				insert into spreekuur (team_id, soort, locatie_naam, locatie_adres, weekdag, begintijd, eindtijd,
				                       elke_weken, geldig_van, geldig_tot, partner_id)
				values (:team, :soort, :naam, :adres, :weekdag, :begin, :eind, :elke, :van, :tot, :partner)
				returning id
				""").params(parameters(gegevens)).query(Long.class).single();
		this.sessies.synchroniseer(id);
		return id;
	}

	/** Changes a spreekuur, only from the version the user saw. */
	public void wijzig(long id, long version, SpreekuurGegevens gegevens) {
		SpreekuurInfo huidig = laad(id);
		if (huidig.version() != version) {
			throw new OptimisticLockingFailureException("spreekuur " + id + " is intussen gewijzigd");
		}
		SpreekuurWeigering.weigerBij(controleer(gegevens, huidig));
		Map<String, Object> waarden = new HashMap<>(parameters(gegevens));
		waarden.put("id", id);
		waarden.put("version", version);
		int rijen = this.jdbc.sql("""
				update spreekuur
				set team_id = :team, soort = :soort, locatie_naam = :naam, locatie_adres = :adres, weekdag = :weekdag,
				    begintijd = :begin, eindtijd = :eind, elke_weken = :elke, geldig_van = :van, geldig_tot = :tot,
				    partner_id = :partner, version = version + 1
				where id = :id and version = :version
				""").params(waarden).update();
		if (rijen == 0) {
			throw new OptimisticLockingFailureException("spreekuur " + id + " is intussen gewijzigd");
		}
		this.sessies.synchroniseer(id);
	}

	/**
	 * An inactive spreekuur holds no more sessions: empty future ones go, rostered ones
	 * stay as cancelled; the past stays as it was.
	 */
	public void zetActief(long id, boolean actief) {
		laad(id);
		this.jdbc.sql("update spreekuur set actief = :actief, version = version + 1 where id = :id")
			.param("actief", actief)
			.param("id", id)
			.update();
		this.sessies.synchroniseer(id);
	}

	@Transactional(readOnly = true)
	public Optional<SpreekuurInfo> spreekuur(long id) {
		return this.jdbc.sql(SELECT + " where sp.id = :id").param("id", id).query(SpreekuurSchema::info).optional();
	}

	/**
	 * The spreekuren of these teams (null: every team), active first, by team, weekday
	 * and time.
	 */
	@Transactional(readOnly = true)
	public List<SpreekuurInfo> lijst(SpreekuurBevoegdheid bevoegdheid) {
		return this.jdbc.sql(SELECT + """
				where (:alle or sp.team_id = any(:teams))
				order by t.naam, not sp.actief, sp.weekdag, sp.begintijd, sp.id
				""")
			.param("alle", bevoegdheid.heleStad())
			.param("teams", bevoegdheid.teamArray())
			.query(SpreekuurSchema::info)
			.list();
	}

	private List<Fout> controleer(SpreekuurGegevens gegevens, SpreekuurInfo huidig) {
		List<Fout> fouten = new ArrayList<>();
		boolean teamActief = this.jdbc.sql("select count(*) from wijkteam where id = :id and actief")
			.param("id", gegevens.teamId())
			.query(Long.class)
			.single() > 0;
		if (!teamActief && (huidig == null || huidig.teamId() != gegevens.teamId())) {
			fouten.add(new Fout("teamId", "spreekuur.fout.teamOngeldig"));
		}
		if (gegevens.partnerId() != null && (huidig == null || !gegevens.partnerId().equals(huidig.partnerId()))
				&& this.jdbc.sql("select count(*) from convenantpartner where id = :id and actief")
					.param("id", gegevens.partnerId())
					.query(Long.class)
					.single() == 0) {
			fouten.add(new Fout("partnerId", "spreekuur.fout.partnerOngeldig"));
		}
		if (!gegevens.eindtijd().isAfter(gegevens.begintijd())) {
			fouten.add(new Fout("eindtijd", "spreekuur.fout.eindNaBegin"));
		}
		if (gegevens.elkeWeken() < 1 || gegevens.elkeWeken() > 4) {
			fouten.add(new Fout("elkeWeken", "spreekuur.fout.elkeWeken"));
		}
		if (gegevens.geldigTot() != null && gegevens.geldigTot().isBefore(gegevens.geldigVan())) {
			fouten.add(new Fout("geldigTot", "spreekuur.fout.geldigTot"));
		}
		return fouten;
	}

	private SpreekuurInfo laad(long id) {
		return spreekuur(id).orElseThrow(() -> new NietGevondenException("spreekuur"));
	}

	private static Map<String, Object> parameters(SpreekuurGegevens g) {
		Map<String, Object> waarden = new HashMap<>();
		waarden.put("team", g.teamId());
		waarden.put("soort", g.soort().name());
		waarden.put("naam", g.locatieNaam());
		waarden.put("adres", g.locatieAdres());
		waarden.put("weekdag", g.weekdag().getValue());
		waarden.put("begin", Time.valueOf(g.begintijd()));
		waarden.put("eind", Time.valueOf(g.eindtijd()));
		waarden.put("elke", g.elkeWeken());
		waarden.put("van", g.geldigVan());
		waarden.put("tot", g.geldigTot());
		waarden.put("partner", g.partnerId());
		return waarden;
	}

	static SpreekuurInfo info(ResultSet rs, int rij) throws SQLException {
		long partner = rs.getLong("partner_id");
		Long partnerId = rs.wasNull() ? null : partner;
		return new SpreekuurInfo(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_naam"),
				SpreekuurSoort.valueOf(rs.getString("soort")), rs.getString("locatie_naam"),
				rs.getString("locatie_adres"), DayOfWeek.of(rs.getInt("weekdag")),
				rs.getObject("begintijd", LocalTime.class), rs.getObject("eindtijd", LocalTime.class),
				rs.getInt("elke_weken"), rs.getObject("geldig_van", LocalDate.class),
				rs.getObject("geldig_tot", LocalDate.class), partnerId, rs.getString("partner_naam"),
				rs.getBoolean("actief"), rs.getLong("version"));
	}

}
