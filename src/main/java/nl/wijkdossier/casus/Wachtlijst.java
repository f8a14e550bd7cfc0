package nl.wijkdossier.casus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * The waiting cases (AANGEMELD or WACHTLIJST) of the user's teams: one page query with
 * the scope, the filters and the joins for name and team in the SQL (partial index
 * {@code ix_casus_wachtend}), one count for the pager, one grouped query for the per-team
 * summary — a constant number of statements however long the list. Reading the list is an
 * access to residents' data and is logged in the same transaction.
 */
@Component
class Wachtlijst {

	static final int PER_PAGINA = 50;

	private static final String WACHTEND = "c.status in ('AANGEMELD', 'WACHTLIJST')";

	private static final String VAN = """
			from casus c
			join inwoner i on i.id = c.inwoner_id
			join wijkteam t on t.id = c.team_id
			where\s""" + WACHTEND + " and " + Scope.SQL;

	private static final String VOLGORDE = """
			order by case c.urgentie when 'SPOED' then 0 when 'HOOG' then 1 else 2 end, c.gemeld_op, c.id
			""";

	private final Toegang toegang;

	private final ToegangsLog log;

	private final JdbcClient jdbc;

	private final Clock clock;

	Wachtlijst(Toegang toegang, ToegangsLog log, JdbcClient jdbc, Clock clock) {
		this.toegang = toegang;
		this.log = log;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * One page of the list (page numbers from 0), with the per-team summary. Not
	 * read-only: the access-log row is written in this transaction.
	 */
	@Transactional
	Pagina lees(WijkdossierUser gebruiker, Filter filter, int pagina) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		Deel deel = deel(scope, filter, pagina, vandaag);
		List<TeamTelling> teams = this.jdbc
			.sql("""
					select t.id, t.naam, cl.id as cluster_id, cl.naam as cluster_naam, count(c.id) as aantal,
					       min(c.gemeld_op) as oudste, count(c.id) filter (where c.eerste_contact_op is null) as zonder_contact
					from wijkteam t
					join cluster cl on cl.id = t.cluster_id
					left join casus c on c.team_id = t.id and\s"""
					+ WACHTEND + """

							where t.id = any(:scopeTeams)
							group by t.id, t.naam, cl.id, cl.naam
							order by cl.naam, t.naam
							""")
			.param("scopeTeams", scope.teamArray())
			.query((rs, rij) -> telling(rs, vandaag))
			.list();
		this.log.ok(Gebeurtenis.WACHTLIJST_BEKEKEN, null, null);
		return new Pagina(deel.regels(), deel.totaal(), deel.pagina(), deel.laatste(), teams, clusters(teams));
	}

	/**
	 * The clusterwachtlijst of a manager: the waiting cases of the teams he steers (not
	 * those he sees only as regievoerder or invaller: they are no team's load), with per
	 * team of each cluster how many wait, how many are spoed, the longest wait, how many
	 * had no contact yet and the team's staffing in FTE — what he needs to balance the
	 * load between the teams of a cluster. One page query, one count, one grouped
	 * summary, whatever the number of cases; logged as {@code CLUSTERWACHTLIJST_BEKEKEN},
	 * once, as the wachtlijst is.
	 */
	@Transactional
	ClusterPagina leesCluster(WijkdossierUser gebruiker, Filter filter, int pagina) {
		Scope teams = new Scope(this.toegang.scopeVan(gebruiker).teamIds(), -1);
		LocalDate vandaag = LocalDate.ofInstant(this.clock.instant(), ClockConfiguration.ZONE);
		Deel deel = deel(teams, filter, pagina, vandaag);
		List<TeamBalans> balans = this.jdbc.sql("""
				select t.id, t.naam, cl.id as cluster_id, cl.naam as cluster_naam, count(c.id) as aantal,
				       count(c.id) filter (where c.urgentie = 'SPOED') as spoed, min(c.gemeld_op) as oudste,
				       count(c.id) filter (where c.eerste_contact_op is null) as zonder_contact,
				       (select coalesce(sum(m.uren_per_week), 0) from medewerker m
				        where m.team_id = t.id and m.actief) as uren
				from wijkteam t
				join cluster cl on cl.id = t.cluster_id
				left join casus c on c.team_id = t.id and\s""" + WACHTEND + """

				where t.id = any(:teams)
				group by t.id, t.naam, cl.id, cl.naam
				order by cl.naam, t.naam
				""").param("teams", teams.teamArray()).query((rs, rij) -> balans(rs, vandaag)).list();
		Map<Long, List<TeamBalans>> perCluster = new LinkedHashMap<>();
		balans.forEach((t) -> perCluster.computeIfAbsent(t.clusterId(), (id) -> new ArrayList<>()).add(t));
		List<ClusterBalans> clusters = perCluster.values()
			.stream()
			.map((t) -> new ClusterBalans(t.get(0).clusterId(), t.get(0).clusterNaam(), List.copyOf(t)))
			.toList();
		this.log.ok(Gebeurtenis.CLUSTERWACHTLIJST_BEKEKEN, null, null);
		return new ClusterPagina(
				new Pagina(deel.regels(), deel.totaal(), deel.pagina(), deel.laatste(), List.of(), List.of()),
				clusters);
	}

	/**
	 * One page of waiting cases in the scope with the filters: a count and a page query.
	 */
	private Deel deel(Scope scope, Filter filter, int pagina, LocalDate vandaag) {
		StringBuilder waar = new StringBuilder(VAN);
		if (filter.team() != null) {
			waar.append(" and c.team_id = :team");
		}
		if (filter.urgentie() != null) {
			waar.append(" and c.urgentie = :urgentie");
		}
		if (filter.domein() != null) {
			waar.append(" and :domein = any(c.domeinen)");
		}
		long totaal = parameters(this.jdbc.sql("select count(*) " + waar), scope, filter).query(Long.class).single();
		int laatste = (int) Math.max(0, (totaal - 1) / PER_PAGINA);
		int huidig = Math.min(Math.max(pagina, 0), laatste);
		List<Regel> regels = parameters(this.jdbc.sql("""
				select c.id, c.version, c.inwoner_id, i.voornaam, i.achternaam, c.team_id, t.naam as team_naam,
				       c.status, c.urgentie, c.gemeld_op, c.eerste_contact_op, c.wmo_melding, c.opgeschort_van,
				       c.opgeschort_tot, c.onderzoek_afgerond_op, c.aanvraag_op, c.beschikking_op, c.domeinen
				""" + waar + "\n" + VOLGORDE + " limit :limit offset :offset"), scope, filter)
			.param("limit", PER_PAGINA)
			.param("offset", (long) huidig * PER_PAGINA)
			.query((rs, rij) -> regel(rs, vandaag))
			.list();
		return new Deel(regels, totaal, huidig, laatste);
	}

	private record Deel(List<Regel> regels, long totaal, int pagina, int laatste) {
	}

	private static StatementSpec parameters(StatementSpec sql, Scope scope, Filter filter) {
		sql.params(scope.parameters());
		if (filter.team() != null) {
			sql.param("team", filter.team());
		}
		if (filter.urgentie() != null) {
			sql.param("urgentie", filter.urgentie().name());
		}
		if (filter.domein() != null) {
			sql.param("domein", filter.domein().name());
		}
		return sql;
	}

	private static Regel regel(ResultSet rs, LocalDate vandaag) throws SQLException {
		LocalDate gemeldOp = rs.getObject("gemeld_op", LocalDate.class);
		WmoKlok.Deadline deadline = rs.getBoolean("wmo_melding") ? WmoKlok.van(gemeldOp,
				rs.getObject("opgeschort_van", LocalDate.class), rs.getObject("opgeschort_tot", LocalDate.class),
				rs.getObject("onderzoek_afgerond_op", LocalDate.class), rs.getObject("aanvraag_op", LocalDate.class),
				rs.getObject("beschikking_op", LocalDate.class), vandaag)
			.onderzoek() : null;
		return new Regel(rs.getLong("id"), rs.getLong("version"), rs.getLong("inwoner_id"),
				rs.getString("voornaam") + " " + rs.getString("achternaam"), rs.getLong("team_id"),
				rs.getString("team_naam"), Status.valueOf(rs.getString("status")),
				Urgentie.valueOf(rs.getString("urgentie")), gemeldOp, ChronoUnit.DAYS.between(gemeldOp, vandaag),
				rs.getObject("eerste_contact_op", LocalDate.class) == null, deadline,
				domeinen(rs.getArray("domeinen")));
	}

	private static TeamBalans balans(ResultSet rs, LocalDate vandaag) throws SQLException {
		LocalDate oudste = rs.getObject("oudste", LocalDate.class);
		return new TeamBalans(rs.getLong("id"), rs.getString("naam"), rs.getLong("cluster_id"),
				rs.getString("cluster_naam"), rs.getLong("aantal"), rs.getLong("spoed"),
				(oudste != null) ? ChronoUnit.DAYS.between(oudste, vandaag) : 0, rs.getLong("zonder_contact"),
				rs.getBigDecimal("uren").divide(MedewerkerInfo.VOLTIJD_UREN, 2, RoundingMode.HALF_UP));
	}

	private static TeamTelling telling(ResultSet rs, LocalDate vandaag) throws SQLException {
		LocalDate oudste = rs.getObject("oudste", LocalDate.class);
		return new TeamTelling(rs.getLong("id"), rs.getString("naam"), rs.getLong("cluster_id"),
				rs.getString("cluster_naam"), rs.getLong("aantal"),
				(oudste != null) ? ChronoUnit.DAYS.between(oudste, vandaag) : 0, rs.getLong("zonder_contact"));
	}

	private static List<ZrmDomein> domeinen(Array array) throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((Object[]) array.getArray()).map((d) -> ZrmDomein.valueOf((String) d)).toList();
	}

	/**
	 * The summary of a cluster: the sums and the longest wait of its teams (in scope).
	 */
	private static List<TeamTelling> clusters(List<TeamTelling> teams) {
		Map<Long, TeamTelling> perCluster = new LinkedHashMap<>();
		for (TeamTelling t : teams) {
			perCluster.merge(t.clusterId(),
					new TeamTelling(t.clusterId(), t.clusterNaam(), t.clusterId(), t.clusterNaam(), t.aantal(),
							t.langsteWachtDagen(), t.zonderContact()),
					(a, b) -> new TeamTelling(a.id(), a.naam(), a.clusterId(), a.clusterNaam(), a.aantal() + b.aantal(),
							Math.max(a.langsteWachtDagen(), b.langsteWachtDagen()),
							a.zonderContact() + b.zonderContact()));
		}
		return new ArrayList<>(perCluster.values());
	}

	/** The filters of the list; each may be empty. */
	record Filter(Long team, Urgentie urgentie, ZrmDomein domein) {

		static final Filter GEEN = new Filter(null, null, null);

	}

	/** One waiting case as the list shows it. */
	record Regel(long id, long version, long inwonerId, String inwonerNaam, long teamId, String teamNaam, Status status,
			Urgentie urgentie, LocalDate gemeldOp, long dagenWachtend, boolean geenContact, WmoKlok.Deadline deadline,
			List<ZrmDomein> domeinen) {
	}

	/**
	 * How many wait in a team (or a cluster), the longest wait in days and how many had
	 * no contact yet.
	 */
	record TeamTelling(long id, String naam, long clusterId, String clusterNaam, long aantal, long langsteWachtDagen,
			long zonderContact) {
	}

	/** One page of the list; page numbers count from 0. */
	record Pagina(List<Regel> regels, long totaal, int pagina, int laatste, List<TeamTelling> teams,
			List<TeamTelling> clusters) {

		public boolean heeftVorige() {
			return this.pagina > 0;
		}

		public boolean heeftVolgende() {
			return this.pagina < this.laatste;
		}

	}

	/**
	 * One team on the clusterwachtlijst: how many wait, how many of them are spoed, the
	 * longest wait in days, how many had no contact yet, and its staffing (the hours of
	 * its active medewerkers in FTE of 36 hours, as {@link MedewerkerInfo#fte()}).
	 */
	record TeamBalans(long id, String naam, long clusterId, String clusterNaam, long aantal, long spoed,
			long langsteWachtDagen, long zonderContact, BigDecimal fte) {

		/** Waiting cases per FTE, one decimal; null when nobody staffs the team. */
		public BigDecimal perFte() {
			return (this.fte.signum() == 0) ? null
					: BigDecimal.valueOf(this.aantal).divide(this.fte, 1, RoundingMode.HALF_UP);
		}

	}

	/** A cluster with its teams (those the manager steers) and their sums. */
	record ClusterBalans(long id, String naam, List<TeamBalans> teams) {

		public long aantal() {
			return this.teams.stream().mapToLong(TeamBalans::aantal).sum();
		}

		public long spoed() {
			return this.teams.stream().mapToLong(TeamBalans::spoed).sum();
		}

		public long langsteWachtDagen() {
			return this.teams.stream().mapToLong(TeamBalans::langsteWachtDagen).max().orElse(0);
		}

		public long zonderContact() {
			return this.teams.stream().mapToLong(TeamBalans::zonderContact).sum();
		}

		public BigDecimal fte() {
			return this.teams.stream().map(TeamBalans::fte).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	/** One page of the clusterwachtlijst with the balance per cluster. */
	record ClusterPagina(Pagina lijst, List<ClusterBalans> clusters) {
	}

}
