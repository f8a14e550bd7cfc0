package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.bezetting.Afwezig;
import nl.wijkdossier.bezetting.Afwezigheden;
import nl.wijkdossier.casus.WmoKlokSql;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.ClockConfiguration;

/**
 * The caseload of a manager's teams: per wijkwerker her active cases by status, per FTE
 * against her team's norm, new and closed this month, overdue agreements and Wmo terms at
 * risk; per team the same totals and its waiting list. And the same figures of one
 * wijkwerker, for herself.
 * <p>
 * Definitions (also on the page and in the glossary):
 * <ul>
 * <li><b>actief</b>: cases she is regievoerder of in status AANGEMELD, WACHTLIJST or
 * IN_BEHANDELING — in any team: it is her workload;</li>
 * <li><b>per FTE</b>: active cases × 36 / her hours per week, rounded half up to one
 * decimal; <b>boven de norm</b> when that shown figure is higher than the norm (exactly
 * on it is not above);</li>
 * <li><b>nieuw deze maand</b>: she is regievoerder now and regie last changed hands
 * (timeline {@code toegewezen}, {@code opgepakt} or {@code regieOvergedragen}) in this
 * calendar month in Europe/Amsterdam — closed since or not;</li>
 * <li><b>afgesloten deze maand</b>: closed with her as regievoerder, closing date in this
 * calendar month;</li>
 * <li><b>afspraken te laat</b>: open agreements on her active cases whose deadline was
 * before today;</li>
 * <li><b>termijn in gevaar</b>: an active Wmo melding whose open legal term ends within 7
 * days or has passed ({@link WmoKlokSql#IN_GEVAAR}).</li>
 * </ul>
 * Cases of the manager's teams whose regievoerder is not one of their active wijkwerkers
 * (she left, moved to another team, or is no wijkwerker) get a row of their own per team,
 * so nothing disappears from the totals and the manager sees whose regie to transfer.
 * <p>
 * A constant number of statements however many people or cases: one for the wijkwerkers
 * with their counts (from {@code ix_casus_regievoerder}), one for the other regievoerders
 * of the teams' cases, one for the teams with their norm and waiting list, one for who is
 * absent today. Every count is a grouped SQL aggregate; no case is loaded into Java. The
 * page shows counts and colleagues' names only, no resident: no access-log row.
 */
@Component
@Transactional(readOnly = true)
public class Caseload {

	/**
	 * Timeline lines that hand regie to someone: picked up, assigned, or transferred by
	 * the manager.
	 */
	static final String[] REGIE_SOORTEN = { "toegewezen", "opgepakt", "regieOvergedragen" };

	private static final String TELLINGEN = """
			count(*) filter (where c.status = 'AANGEMELD') as aangemeld,
			count(*) filter (where c.status = 'WACHTLIJST') as wachtlijst,
			count(*) filter (where c.status = 'IN_BEHANDELING') as in_behandeling,
			count(*) filter (where r.laatste >= :maandBeginMoment and r.laatste < :maandEindeMoment) as nieuw,
			count(*) filter (where c.status = 'AFGESLOTEN' and c.afgesloten_op >= :maandBegin
			                 and c.afgesloten_op < :maandEinde) as afgesloten,
			coalesce(sum(a.te_laat), 0) as afspraken_te_laat,
			count(*) filter (where c.status <> 'AFGESLOTEN' and\s""" + WmoKlokSql.IN_GEVAAR + """
			) as termijnen_in_gevaar
			""";

	/** Per case: when regie last changed hands, and its overdue open agreements. */
	private static final String PER_CASUS = """
			left join lateral (select max(g.op) as laatste from casus_gebeurtenis g
			                   where g.casus_id = c.id and g.soort = any(:regieSoorten)) r on true
			left join lateral (select count(*) as te_laat from afspraak a
			                   where a.casus_id = c.id and c.status <> 'AFGESLOTEN' and a.status = 'OPEN'
			                     and a.deadline < :vandaag) a on true
			""";

	/**
	 * The cases that can count this month: the active ones, and those closed since the
	 * first of the month (a case that became hers this month is one of the two).
	 */
	private static final String TELT_DEZE_MAAND = "(c.status <> 'AFGESLOTEN' or c.afgesloten_op >= :maandBegin)";

	private static final String WIJKWERKERS = """
			with k as (
			    select c.regievoerder_id,\s""" + TELLINGEN + """
			    from casus c
			""" + PER_CASUS + """
			where c.regievoerder_id = any(:medewerkers) and\s""" + TELT_DEZE_MAAND + """

			    group by c.regievoerder_id
			)
			select m.id, m.voornaam || ' ' || m.achternaam as naam, m.team_id, m.uren_per_week, k.*
			from medewerker m
			left join k on k.regievoerder_id = m.id
			where m.id = any(:medewerkers)
			""";

	private static final String ANDERE_REGIEVOERDERS = """
			select c.team_id as casus_team_id, c.regievoerder_id, m.voornaam || ' ' || m.achternaam as naam, m.actief,
			       m.team_id as eigen_team_id, et.naam as eigen_team_naam, g.rol,\s""" + TELLINGEN + """
			from (select * from casus x where x.team_id = any(:teams) and x.status <> 'AFGESLOTEN'
			      union all
			      select * from casus x where x.team_id = any(:teams) and x.status = 'AFGESLOTEN'
			                               and x.afgesloten_op >= :maandBegin) c
			join medewerker m on m.id = c.regievoerder_id
			join gebruiker g on g.id = m.gebruiker_id
			left join wijkteam et on et.id = m.team_id
			""" + PER_CASUS + """
			where c.regievoerder_id <> all(:medewerkers)
			group by c.team_id, c.regievoerder_id, m.id, et.id, g.id
			""";

	private static final String TEAMS = """
			select t.id, n.casussen_per_fte, n.version, n.gewijzigd_op, gw.weergavenaam as gewijzigd_door,
			       count(c.id) as wachtend, min(c.gemeld_op) as oudste,
			       count(c.id) filter (where c.regievoerder_id is null and\s""" + WmoKlokSql.IN_GEVAAR + """
			) as wachtend_in_gevaar
			from wijkteam t
			left join caseload_norm n on n.team_id = t.id
			left join gebruiker gw on gw.id = n.gewijzigd_door
			left join casus c on c.team_id = t.id and c.status in ('AANGEMELD', 'WACHTLIJST')
			where t.id = any(:teams)
			group by t.id, n.team_id, gw.id
			""";

	private final JdbcClient jdbc;

	private final Organisatie organisatie;

	private final Afwezigheden afwezigheden;

	private final WerkdrukProperties instellingen;

	private final Clock clock;

	Caseload(JdbcClient jdbc, Organisatie organisatie, Afwezigheden afwezigheden, WerkdrukProperties instellingen,
			Clock clock) {
		this.jdbc = jdbc;
		this.organisatie = organisatie;
		this.afwezigheden = afwezigheden;
		this.instellingen = instellingen;
		this.clock = clock;
	}

	/** Today in Europe/Amsterdam, by the application's clock. */
	LocalDate vandaag() {
		return LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
	}

	/** The norm every team has until its manager sets its own. */
	public BigDecimal standaardNorm() {
		return this.instellingen.standaardNorm();
	}

	/**
	 * The caseload of the teams this manager steers, with who is absent today. Anyone
	 * else has no teams and gets an empty overview.
	 */
	public Overzicht vanTeams(WijkdossierUser manager) {
		List<TeamInfo> teams = manager.heeftRol(Rol.WIJKTEAMMANAGER) ? this.organisatie.teamsVan(manager) : List.of();
		return vanTeams(teams);
	}

	Overzicht vanTeams(List<TeamInfo> teams) {
		Periode periode = Periode.van(vandaag());
		if (teams.isEmpty()) {
			return new Overzicht(periode, List.of(), List.of());
		}
		Long[] teamIds = teams.stream().map(TeamInfo::id).toArray(Long[]::new);
		Map<Long, TeamGegevens> teamGegevens = teamGegevens(teamIds, periode);
		Long[] wijkwerkers = wijkwerkersVan(teamIds);
		List<Regel> regels = new ArrayList<>();
		Map<Long, TeamInfo> teamPerId = new HashMap<>();
		teams.forEach((t) -> teamPerId.put(t.id(), t));
		Map<Long, Afwezig> afwezig = new HashMap<>();
		for (Afwezig a : this.afwezigheden.opDag(List.of(wijkwerkers), periode.vandaag())) {
			// with two overlapping absences, the one that runs longest says "t/m"
			afwezig.merge(a.medewerkerId(), a, (x, y) -> x.tot().isAfter(y.tot()) ? x : y);
		}
		perioden(this.jdbc.sql(WIJKWERKERS), periode).param("medewerkers", wijkwerkers).query((ResultSet rs) -> {
			TeamInfo team = teamPerId.get(rs.getLong("team_id"));
			regels.add(new Regel(rs.getLong("id"), rs.getString("naam"), team.id(), team.naam(), Positie.IN_TEAM, null,
					rs.getBigDecimal("uren_per_week"), cijfers(rs), teamGegevens.get(team.id()).norm(),
					afwezig.get(rs.getLong("id"))));
		});
		perioden(this.jdbc.sql(ANDERE_REGIEVOERDERS), periode).param("medewerkers", wijkwerkers)
			.param("teams", teamIds)
			.query((ResultSet rs) -> {
				TeamInfo team = teamPerId.get(rs.getLong("casus_team_id"));
				long eigenTeam = rs.getLong("eigen_team_id");
				boolean zonderTeam = rs.wasNull();
				Positie positie = !rs.getBoolean("actief") ? Positie.NIET_ACTIEF
						: (zonderTeam || eigenTeam != team.id()) ? Positie.ANDER_TEAM : Positie.GEEN_WIJKWERKER;
				regels.add(new Regel(rs.getLong("regievoerder_id"), rs.getString("naam"), team.id(), team.naam(),
						positie, zonderTeam ? null : rs.getString("eigen_team_naam"), null, cijfers(rs),
						teamGegevens.get(team.id()).norm(), null));
			});
		List<TeamRegel> teamRegels = new ArrayList<>();
		for (TeamInfo team : teams) {
			List<Regel> vanTeam = regels.stream().filter((r) -> r.teamId() == team.id()).toList();
			TeamGegevens gegevens = teamGegevens.get(team.id());
			teamRegels.add(new TeamRegel(team.id(), team.naam(), gegevens.norm(),
					(int) vanTeam.stream().filter(Regel::isVanTeam).count(),
					vanTeam.stream()
						.filter(Regel::isVanTeam)
						.map(Regel::urenPerWeek)
						.reduce(BigDecimal.ZERO, BigDecimal::add),
					vanTeam.stream().filter(Regel::isVanTeam).mapToLong((r) -> r.cijfers().actief()).sum(),
					vanTeam.stream().map(Regel::cijfers).reduce(Cijfers.NUL, Cijfers::plus), gegevens.wachtlijst()));
		}
		return new Overzicht(periode, teamRegels, regels);
	}

	/**
	 * Her own figures, against her team's norm; empty for someone who is no active
	 * wijkwerker in a team.
	 */
	public Optional<MijnCijfers> vanMij(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKWERKER)) {
			return Optional.empty();
		}
		Optional<MedewerkerInfo> ik = this.organisatie.medewerkerVan(gebruiker)
			.filter((m) -> m.actief() && m.teamId() != null);
		if (ik.isEmpty()) {
			return Optional.empty();
		}
		Periode periode = Periode.van(vandaag());
		MedewerkerInfo medewerker = ik.get();
		Norm norm = this.jdbc.sql("""
				select n.casussen_per_fte, n.version, n.gewijzigd_op, g.weergavenaam as gewijzigd_door
				from caseload_norm n join gebruiker g on g.id = n.gewijzigd_door where n.team_id = :team
				""")
			.param("team", medewerker.teamId())
			.query((rs, rij) -> norm(rs))
			.optional()
			.orElseGet(() -> Norm.standaard(standaardNorm()));
		Cijfers cijfers = perioden(this.jdbc.sql(WIJKWERKERS), periode)
			.param("medewerkers", new Long[] { medewerker.id() })
			.query((rs, rij) -> cijfers(rs))
			.single();
		return Optional.of(new MijnCijfers(periode, new Regel(medewerker.id(), medewerker.naam(), medewerker.teamId(),
				medewerker.teamNaam(), Positie.IN_TEAM, null, medewerker.urenPerWeek(), cijfers, norm, null)));
	}

	/** The active wijkwerkers of these teams (their ids). */
	private Long[] wijkwerkersVan(Long[] teamIds) {
		return this.jdbc.sql("""
				select m.id from medewerker m join gebruiker g on g.id = m.gebruiker_id
				where m.team_id = any(:teams) and m.actief and g.rol = :rol
				""")
			.param("teams", teamIds)
			.param("rol", Rol.WIJKWERKER.name())
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	private Map<Long, TeamGegevens> teamGegevens(Long[] teamIds, Periode periode) {
		Map<Long, TeamGegevens> gegevens = new LinkedHashMap<>();
		this.jdbc.sql(TEAMS).param("teams", teamIds).param("vandaag", periode.vandaag()).query((ResultSet rs) -> {
			LocalDate oudste = rs.getObject("oudste", LocalDate.class);
			Norm norm = (rs.getBigDecimal("casussen_per_fte") != null) ? norm(rs) : Norm.standaard(standaardNorm());
			gegevens.put(rs.getLong("id"),
					new TeamGegevens(norm,
							new Wachtlijst(rs.getLong("wachtend"),
									(oudste != null) ? ChronoUnit.DAYS.between(oudste, periode.vandaag()) : 0,
									rs.getLong("wachtend_in_gevaar"))));
		});
		return gegevens;
	}

	private static Norm norm(ResultSet rs) throws SQLException {
		Timestamp op = rs.getTimestamp("gewijzigd_op");
		return new Norm(rs.getBigDecimal("casussen_per_fte").setScale(1, RoundingMode.HALF_UP), false,
				rs.getLong("version"), rs.getString("gewijzigd_door"), (op != null) ? op.toInstant() : null);
	}

	private static StatementSpec perioden(StatementSpec sql, Periode periode) {
		return sql.param("vandaag", periode.vandaag())
			.param("maandBegin", periode.maandBegin())
			.param("maandEinde", periode.maandEinde())
			.param("maandBeginMoment", Timestamp.from(periode.maandBeginMoment()))
			.param("maandEindeMoment", Timestamp.from(periode.maandEindeMoment()))
			.param("regieSoorten", REGIE_SOORTEN);
	}

	private static Cijfers cijfers(ResultSet rs) throws SQLException {
		return new Cijfers(rs.getLong("aangemeld"), rs.getLong("wachtlijst"), rs.getLong("in_behandeling"),
				rs.getLong("nieuw"), rs.getLong("afgesloten"), rs.getLong("afspraken_te_laat"),
				rs.getLong("termijnen_in_gevaar"));
	}

	/** Cases per FTE: cases × 36 / hours, half up to one decimal; null without hours. */
	static BigDecimal perFte(long casussen, BigDecimal urenPerWeek) {
		if (urenPerWeek == null || urenPerWeek.signum() <= 0) {
			return null;
		}
		return BigDecimal.valueOf(casussen)
			.multiply(MedewerkerInfo.VOLTIJD_UREN)
			.divide(urenPerWeek, 1, RoundingMode.HALF_UP);
	}

	/** FTE: hours / 36, half up to two decimals (as {@link MedewerkerInfo#fte()}). */
	static BigDecimal fte(BigDecimal urenPerWeek) {
		return (urenPerWeek != null) ? urenPerWeek.divide(MedewerkerInfo.VOLTIJD_UREN, 2, RoundingMode.HALF_UP) : null;
	}

	/**
	 * Today and the calendar month it lies in, in Europe/Amsterdam: dates for closing
	 * dates, instants (midnight in Amsterdam) for timeline moments.
	 */
	public record Periode(LocalDate vandaag, YearMonth maand) {

		static Periode van(LocalDate vandaag) {
			return new Periode(vandaag, YearMonth.from(vandaag));
		}

		public LocalDate maandBegin() {
			return this.maand.atDay(1);
		}

		/** The first day of the next month (exclusive). */
		public LocalDate maandEinde() {
			return this.maand.plusMonths(1).atDay(1);
		}

		Instant maandBeginMoment() {
			return maandBegin().atStartOfDay(ClockConfiguration.ZONE).toInstant();
		}

		Instant maandEindeMoment() {
			return maandEinde().atStartOfDay(ClockConfiguration.ZONE).toInstant();
		}

		/** The last day of the month, for "t/m" on the page. */
		public LocalDate maandLaatsteDag() {
			return this.maand.atEndOfMonth();
		}

	}

	/** The counts of one row (a person, a team, everything). */
	public record Cijfers(long aangemeld, long wachtlijst, long inBehandeling, long nieuw, long afgesloten,
			long afsprakenTeLaat, long termijnenInGevaar) {

		static final Cijfers NUL = new Cijfers(0, 0, 0, 0, 0, 0, 0);

		/** Her active cases: AANGEMELD, WACHTLIJST and IN_BEHANDELING. */
		public long actief() {
			return this.aangemeld + this.wachtlijst + this.inBehandeling;
		}

		Cijfers plus(Cijfers ander) {
			return new Cijfers(this.aangemeld + ander.aangemeld, this.wachtlijst + ander.wachtlijst,
					this.inBehandeling + ander.inBehandeling, this.nieuw + ander.nieuw,
					this.afgesloten + ander.afgesloten, this.afsprakenTeLaat + ander.afsprakenTeLaat,
					this.termijnenInGevaar + ander.termijnenInGevaar);
		}

	}

	/**
	 * A team's caseload norm in active cases per FTE: its own (with who set it and when)
	 * or the configured default.
	 */
	public record Norm(BigDecimal casussenPerFte, boolean standaard, Long version, String gewijzigdDoor,
			Instant gewijzigdOp) {

		static Norm standaard(BigDecimal waarde) {
			return new Norm(waarde, true, null, null, null);
		}

	}

	/** Where a row's regievoerder stands relative to the team of the cases. */
	public enum Positie {

		/** An active wijkwerker of the team: her whole caseload. */
		IN_TEAM,
		/** Works in another team (or in none): only her cases of this team. */
		ANDER_TEAM,
		/** No longer active: her cases of this team wait for a new regievoerder. */
		NIET_ACTIEF,
		/** Active in this team, but no wijkwerker (a manager, say). */
		GEEN_WIJKWERKER;

		public String messageKey() {
			return "caseload.positie." + name();
		}

	}

	/**
	 * One row of the caseload: a wijkwerker of the team (with hours, FTE and absence), or
	 * another regievoerder of the team's cases (without).
	 */
	public record Regel(long medewerkerId, String naam, long teamId, String teamNaam, Positie positie,
			String eigenTeamNaam, BigDecimal urenPerWeek, Cijfers cijfers, Norm norm, Afwezig afwezig) {

		public boolean isVanTeam() {
			return this.positie == Positie.IN_TEAM;
		}

		public BigDecimal fte() {
			return Caseload.fte(this.urenPerWeek);
		}

		public BigDecimal perFte() {
			return Caseload.perFte(this.cijfers.actief(), this.urenPerWeek);
		}

		/** Above the norm: the shown cases per FTE are higher than the norm. */
		public boolean isBovenNorm() {
			BigDecimal perFte = perFte();
			return perFte != null && perFte.compareTo(this.norm.casussenPerFte()) > 0;
		}

	}

	/** A team's waiting list: how many wait, the longest wait, how many at risk. */
	public record Wachtlijst(long aantal, long langsteWachtDagen, long inGevaarZonderRegie) {
	}

	/**
	 * A team: its norm, its wijkwerkers' FTE and active cases, the totals of all its rows
	 * and its waiting list.
	 */
	public record TeamRegel(long id, String naam, Norm norm, int medewerkers, BigDecimal urenPerWeek,
			long actiefBijMedewerkers, Cijfers cijfers, Wachtlijst wachtlijst) {

		public BigDecimal fte() {
			return Caseload.fte(this.urenPerWeek);
		}

		/** The active cases its wijkwerkers hold, per FTE of the team. */
		public BigDecimal perFte() {
			return Caseload.perFte(this.actiefBijMedewerkers, this.urenPerWeek);
		}

		public boolean isBovenNorm() {
			BigDecimal perFte = perFte();
			return perFte != null && perFte.compareTo(this.norm.casussenPerFte()) > 0;
		}

	}

	/** The caseload of a manager's teams. */
	public record Overzicht(Periode periode, List<TeamRegel> teams, List<Regel> regels) {

		public Cijfers totaal() {
			return this.teams.stream().map(TeamRegel::cijfers).reduce(Cijfers.NUL, Cijfers::plus);
		}

		public BigDecimal fte() {
			return Caseload
				.fte(this.teams.stream().map(TeamRegel::urenPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add));
		}

		public int medewerkers() {
			return this.teams.stream().mapToInt(TeamRegel::medewerkers).sum();
		}

		/** The active cases the teams' wijkwerkers hold, per FTE of all the teams. */
		public BigDecimal perFte() {
			return Caseload.perFte(this.teams.stream().mapToLong(TeamRegel::actiefBijMedewerkers).sum(),
					this.teams.stream().map(TeamRegel::urenPerWeek).reduce(BigDecimal.ZERO, BigDecimal::add));
		}

		public long wachtend() {
			return this.teams.stream().mapToLong((t) -> t.wachtlijst().aantal()).sum();
		}

		public long langsteWachtDagen() {
			return this.teams.stream().mapToLong((t) -> t.wachtlijst().langsteWachtDagen()).max().orElse(0);
		}

		/**
		 * Every open Wmo term at risk in these teams: on the rows, and on waiting cases
		 * without a regievoerder.
		 */
		public long termijnenInGevaar() {
			return totaal().termijnenInGevaar()
					+ this.teams.stream().mapToLong((t) -> t.wachtlijst().inGevaarZonderRegie()).sum();
		}

		public List<Regel> bovenNorm() {
			return this.regels.stream().filter(Regel::isBovenNorm).toList();
		}

		/** Wijkwerkers of these teams absent today whose cases nobody covers. */
		public List<Regel> afwezigZonderBezetting() {
			return this.regels.stream().filter((r) -> r.afwezig() != null && r.afwezig().zonderBezetting()).toList();
		}

		public boolean isLeeg() {
			return this.teams.isEmpty();
		}

	}

	/** A wijkwerker's own figures. */
	public record MijnCijfers(Periode periode, Regel regel) {
	}

	private record TeamGegevens(Norm norm, Wachtlijst wachtlijst) {
	}

}
