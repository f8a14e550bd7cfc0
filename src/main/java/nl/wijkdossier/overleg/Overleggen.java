package nl.wijkdossier.overleg;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.overleg.OverlegWeigering.Fout;

/**
 * The meetings of a person's teams: the list (coming first, soonest on top; then the
 * latest past ones) with the size of each agenda, and planning a new one. A meeting holds
 * no resident's data of its own, so the list writes no access-log row; its agenda does
 * ({@link Agendas}).
 */
@Service
@Transactional
class Overleggen {

	/** How many past meetings the list shows. */
	static final int VERLEDEN = 20;

	/** How far ahead a meeting may be planned. */
	static final int MAANDEN_VOORUIT = 12;

	static final int MAX_LOCATIE = 200;

	private static final String LIJST = """
			select o.id, o.team_id, t.naam as team_naam, o.datum, o.begintijd, o.locatie,
			       count(a.id) as punten, count(b.id) as besproken
			from overleg o
			join wijkteam t on t.id = o.team_id
			left join overleg_agendapunt a on a.overleg_id = o.id
			left join overleg_bespreking b on b.agendapunt_id = a.id
			where o.team_id = any(:teams) and %s
			group by o.id, t.naam
			order by %s
			limit :limit
			""";

	private final OverlegToegang toegang;

	private final JdbcClient jdbc;

	private final Clock clock;

	Overleggen(OverlegToegang toegang, JdbcClient jdbc, Clock clock) {
		this.toegang = toegang;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The meetings of this person's teams, or of one of them ({@code teamId}; another
	 * team's id counts as none chosen).
	 */
	@Transactional(readOnly = true)
	public Overzicht overzicht(WijkdossierUser gebruiker, Long teamId) {
		List<TeamInfo> teams = this.toegang.mijnTeams(gebruiker);
		Long gekozen = teams.stream().anyMatch((t) -> teamId != null && t.id() == teamId) ? teamId : null;
		Long[] filter = (gekozen != null) ? new Long[] { gekozen } : OverlegToegang.ids(teams);
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Regel> komend = lijst(LIJST.formatted("o.datum >= :vandaag", "o.datum, o.begintijd, t.naam"), filter,
				vandaag, 200);
		List<Regel> verleden = lijst(LIJST.formatted("o.datum < :vandaag", "o.datum desc, o.begintijd desc, t.naam"),
				filter, vandaag, VERLEDEN + 1);
		boolean meer = verleden.size() > VERLEDEN;
		return new Overzicht(teams, gekozen, komend, meer ? verleden.subList(0, VERLEDEN) : verleden, meer, vandaag);
	}

	private List<Regel> lijst(String sql, Long[] teams, LocalDate vandaag, int limit) {
		return this.jdbc.sql(sql)
			.param("teams", teams)
			.param("vandaag", vandaag)
			.param("limit", limit)
			.query((rs, rij) -> regel(rs))
			.list();
	}

	private static Regel regel(ResultSet rs) throws SQLException {
		return new Regel(rs.getLong("id"), rs.getLong("team_id"), rs.getString("team_naam"),
				rs.getObject("datum", LocalDate.class), rs.getObject("begintijd", LocalTime.class),
				rs.getString("locatie"), rs.getInt("punten"), rs.getInt("besproken"));
	}

	/**
	 * Plans a meeting for one of this person's teams: on a day from today up to
	 * {@value #MAANDEN_VOORUIT} months ahead, at a start time, not at the moment of
	 * another meeting of that team; the location is optional.
	 * @return the new meeting's id
	 * @throws OverlegWeigering with every broken rule; nothing is stored
	 */
	public long plan(WijkdossierUser gebruiker, Plan plan) {
		List<TeamInfo> teams = this.toegang.mijnTeams(gebruiker);
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Fout> fouten = new ArrayList<>();
		if (plan.teamId() == null) {
			fouten.add(new Fout("teamId", "overleg.fout.teamKiezen"));
		}
		else if (teams.stream().noneMatch((t) -> t.id() == plan.teamId())) {
			fouten.add(new Fout("teamId", "overleg.fout.nietUwTeam"));
		}
		LocalDate datum = OverlegInvoer.datum(plan.datum()).orElse(null);
		if (OverlegInvoer.isLeeg(plan.datum())) {
			fouten.add(new Fout("datum", "overleg.fout.datumVerplicht"));
		}
		else if (datum == null) {
			fouten.add(new Fout("datum", "overleg.fout.datumOngeldig"));
		}
		else if (datum.isBefore(vandaag)) {
			fouten.add(new Fout("datum", "overleg.fout.datumVoorbij"));
		}
		else if (datum.isAfter(vandaag.plusMonths(MAANDEN_VOORUIT))) {
			fouten.add(new Fout("datum", "overleg.fout.datumTeVer", MAANDEN_VOORUIT));
		}
		LocalTime tijd = OverlegInvoer.tijd(plan.tijd()).orElse(null);
		if (OverlegInvoer.isLeeg(plan.tijd())) {
			fouten.add(new Fout("tijd", "overleg.fout.tijdVerplicht"));
		}
		else if (tijd == null) {
			fouten.add(new Fout("tijd", "overleg.fout.tijdOngeldig"));
		}
		String locatie = OverlegInvoer.tekst(plan.locatie());
		if (locatie != null && locatie.length() > MAX_LOCATIE) {
			fouten.add(new Fout("locatie", "overleg.fout.teLang", MAX_LOCATIE));
		}
		OverlegWeigering.weigerBij(fouten);
		try {
			return this.jdbc.sql("""
					insert into overleg (team_id, datum, begintijd, locatie, gepland_door, gepland_op)
					values (:team, :datum, :tijd, :locatie, :door, :op)
					returning id
					""")
				.param("team", plan.teamId())
				.param("datum", datum)
				.param("tijd", Time.valueOf(tijd))
				.param("locatie", locatie)
				.param("door", gebruiker.id())
				.param("op", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw OverlegWeigering.van("tijd", "overleg.fout.alGepland");
		}
	}

	/** A meeting to plan, as entered: date and time as typed, read by the rules. */
	record Plan(Long teamId, String datum, String tijd, String locatie) {
	}

	/** The list page's content; {@code meer}: there are older meetings than shown. */
	record Overzicht(List<TeamInfo> teams, Long teamId, List<Regel> komend, List<Regel> verleden, boolean meer,
			LocalDate vandaag) {

		public boolean heeftTeams() {
			return !this.teams.isEmpty();
		}

		public boolean meerdereTeams() {
			return this.teams.size() > 1;
		}

	}

	/** One meeting in the list, with the size of its agenda. */
	record Regel(long id, long teamId, String teamNaam, LocalDate datum, LocalTime begintijd, String locatie,
			int punten, int besproken) {

		public String tijd() {
			return this.begintijd.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
		}

		public String weekdagKey() {
			return OverlegKop.weekdagKey(this.datum.getDayOfWeek());
		}

	}

}
