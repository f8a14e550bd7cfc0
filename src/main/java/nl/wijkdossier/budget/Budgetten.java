package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budget, spent and remaining per team and per cluster for a calendar year: aggregates
 * only (no case id, no reason), safe for the gemeente and the dashboards. Each read is
 * one grouped query; the spending sums use the partial index on (team, date) of the
 * spendings that count, so a team's year is read without touching its cases.
 */
@Component
@Transactional(readOnly = true)
public class Budgetten {

	private static final String UITGEGEVEN = """
			select team_id, sum(bedrag) as som, count(distinct casus_id) as casussen
			from maatwerk_uitgave
			where ingetrokken_op is null and datum >= :van and datum < :tot and team_id in (%s)
			group by team_id
			""";

	/**
	 * The distinct cases with a spending that counts, per cluster, over the teams the
	 * {@code %s} selects: a case that moved within the cluster is one case, not two.
	 */
	private static final String CASUSSEN_PER_CLUSTER = """
			select w.cluster_id, count(distinct m.casus_id) as casussen
			from maatwerk_uitgave m
			join wijkteam w on w.id = m.team_id
			where m.ingetrokken_op is null and m.datum >= :van and m.datum < :tot and m.team_id in (%s)
			group by w.cluster_id
			""";

	private static final String PER_TEAM = """
			select t.id as team_id, b.bedrag, b.version, coalesce(u.som, 0) as uitgegeven,
			       coalesce(u.casussen, 0) as casussen
			from wijkteam t
			left join maatwerkbudget b on b.team_id = t.id and b.jaar = :jaar
			left join (%s) u on u.team_id = t.id
			where t.id in (:teams)
			order by t.id
			""".formatted(UITGEGEVEN.formatted(":teams"));

	private static final String PER_CLUSTER = """
			select t.cluster_id, sum(b.bedrag) as bedrag, coalesce(sum(u.som), 0) as uitgegeven,
			       coalesce(max(k.casussen), 0) as casussen
			from wijkteam t
			left join maatwerkbudget b on b.team_id = t.id and b.jaar = :jaar
			left join (%1$s) u on u.team_id = t.id
			left join (%2$s) k on k.cluster_id = t.cluster_id
			where %3$s
			group by t.cluster_id
			order by t.cluster_id
			""";

	private static final String CLUSTER_TEAMS = "select id from wijkteam where cluster_id in (:clusters)";

	private static final String PER_GEHEEL_CLUSTER = PER_CLUSTER.formatted(UITGEGEVEN.formatted(CLUSTER_TEAMS),
			CASUSSEN_PER_CLUSTER.formatted(CLUSTER_TEAMS), "t.cluster_id in (:clusters)");

	private static final String PER_CLUSTER_VAN_TEAMS = PER_CLUSTER.formatted(UITGEGEVEN.formatted(":teams"),
			CASUSSEN_PER_CLUSTER.formatted(":teams"), "t.id in (:teams)");

	private static final String CASUSSEN = """
			select count(distinct casus_id)
			from maatwerk_uitgave
			where ingetrokken_op is null and datum >= :van and datum < :tot and team_id in (:teams)
			""";

	private final JdbcClient jdbc;

	Budgetten(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per team (in the order of their ids; a team that does not exist is left out) the
	 * budget of the year, the spending dated in that year that was not withdrawn, and
	 * what remains.
	 */
	public List<TeamBudget> perTeam(Collection<Long> teamIds, int jaar) {
		return metVersie(teamIds, jaar).stream().map(TeamStand::budget).toList();
	}

	/**
	 * Per cluster the same, summed over all its teams: budget is the sum of the budgets
	 * that were set (null when no team of the cluster has one).
	 */
	public List<ClusterBudget> perCluster(Collection<Long> clusterIds, int jaar) {
		if (clusterIds.isEmpty()) {
			return List.of();
		}
		return clusters(this.jdbc.sql(PER_GEHEEL_CLUSTER).param("clusters", List.copyOf(clusterIds)), jaar);
	}

	/**
	 * Per cluster the same, summed over only these teams of it (a manager's teams):
	 * clusters without any of them are left out.
	 */
	public List<ClusterBudget> perClusterVanTeams(Collection<Long> teamIds, int jaar) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return clusters(this.jdbc.sql(PER_CLUSTER_VAN_TEAMS).param("teams", List.copyOf(teamIds)), jaar);
	}

	/**
	 * The number of distinct cases with a spending dated in the year that was not
	 * withdrawn, over these teams together — for a total, where summing the teams' counts
	 * would count a case that moved twice.
	 */
	public long casussen(Collection<Long> teamIds, int jaar) {
		if (teamIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql(CASUSSEN)
			.param("van", LocalDate.of(jaar, 1, 1))
			.param("tot", LocalDate.of(jaar + 1, 1, 1))
			.param("teams", List.copyOf(teamIds))
			.query(Long.class)
			.single();
	}

	private static List<ClusterBudget> clusters(JdbcClient.StatementSpec sql, int jaar) {
		return sql.param("jaar", jaar)
			.param("van", LocalDate.of(jaar, 1, 1))
			.param("tot", LocalDate.of(jaar + 1, 1, 1))
			.query((rs, rij) -> {
				BigDecimal budget = rs.getBigDecimal("bedrag");
				BigDecimal uitgegeven = rs.getBigDecimal("uitgegeven");
				return new ClusterBudget(rs.getLong("cluster_id"), budget, uitgegeven, resterend(budget, uitgegeven),
						rs.getLong("casussen"));
			})
			.list();
	}

	/** {@link #perTeam} with the version of each budget, for the page that sets them. */
	List<TeamStand> metVersie(Collection<Long> teamIds, int jaar) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(PER_TEAM)
			.param("jaar", jaar)
			.param("van", LocalDate.of(jaar, 1, 1))
			.param("tot", LocalDate.of(jaar + 1, 1, 1))
			.param("teams", List.copyOf(teamIds))
			.query((rs, rij) -> stand(rs))
			.list();
	}

	private static TeamStand stand(ResultSet rs) throws SQLException {
		BigDecimal budget = rs.getBigDecimal("bedrag");
		long versie = rs.getLong("version");
		Long version = rs.wasNull() ? null : versie;
		BigDecimal uitgegeven = rs.getBigDecimal("uitgegeven");
		return new TeamStand(new TeamBudget(rs.getLong("team_id"), budget, uitgegeven, resterend(budget, uitgegeven),
				rs.getLong("casussen")), version);
	}

	private static BigDecimal resterend(BigDecimal budget, BigDecimal uitgegeven) {
		return (budget != null) ? budget.subtract(uitgegeven) : null;
	}

	/**
	 * A team's year: {@code budget} null when none was set (then {@code resterend} is
	 * null too); {@code uitgegeven} the sum of the spendings that count, 0 when none;
	 * {@code resterend} negative when the team spent more than its budget;
	 * {@code casussen} the distinct cases those spendings were for (a small number means
	 * the amount tells what one resident received).
	 */
	public record TeamBudget(long teamId, BigDecimal budget, BigDecimal uitgegeven, BigDecimal resterend,
			long casussen) {

		public boolean isOverschreden() {
			return this.resterend != null && this.resterend.signum() < 0;
		}

	}

	/** A cluster's year, summed over its teams; see {@link TeamBudget}. */
	public record ClusterBudget(long clusterId, BigDecimal budget, BigDecimal uitgegeven, BigDecimal resterend,
			long casussen) {

		public boolean isOverschreden() {
			return this.resterend != null && this.resterend.signum() < 0;
		}

	}

	/** A team's year with the version of its budget (null while none was set). */
	record TeamStand(TeamBudget budget, Long version) {
	}

}
