package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.wijkdossier.organisatie.TeamInfo;

/**
 * The {@code /budget} page's figures for a year: per cluster its teams with budget, spent
 * and remaining, and the cluster's totals over the teams shown. Aggregates only.
 */
record BudgetOverzicht(int jaar, List<ClusterRegel> clusters) {

	static BudgetOverzicht van(int jaar, List<TeamInfo> teams, List<Budgetten.TeamStand> standen) {
		Map<Long, Budgetten.TeamStand> perTeam = standen.stream()
			.collect(Collectors.toMap((s) -> s.budget().teamId(), Function.identity()));
		Map<String, List<TeamRegel>> perCluster = new LinkedHashMap<>();
		teams.stream()
			.sorted(Comparator.comparing(TeamInfo::clusterNaam).thenComparing(TeamInfo::naam))
			.filter((t) -> perTeam.containsKey(t.id()))
			.forEach((t) -> perCluster.computeIfAbsent(t.clusterNaam(), (c) -> new java.util.ArrayList<>())
				.add(new TeamRegel(t.id(), t.naam(), perTeam.get(t.id()).budget(), perTeam.get(t.id()).version())));
		return new BudgetOverzicht(jaar,
				perCluster.entrySet().stream().map((e) -> new ClusterRegel(e.getKey(), e.getValue())).toList());
	}

	public boolean isLeeg() {
		return this.clusters.isEmpty();
	}

	/** The team of this id, when shown. */
	java.util.Optional<TeamRegel> team(long teamId) {
		return this.clusters.stream().flatMap((c) -> c.teams().stream()).filter((t) -> t.id() == teamId).findFirst();
	}

	/** A cluster with its teams; the totals are over these teams. */
	record ClusterRegel(String naam, List<TeamRegel> teams) {

		/** The budgets set, summed; null when none is. */
		public BigDecimal budget() {
			return this.teams.stream()
				.map((t) -> t.stand().budget())
				.filter(java.util.Objects::nonNull)
				.reduce(BigDecimal::add)
				.orElse(null);
		}

		public BigDecimal uitgegeven() {
			return this.teams.stream().map((t) -> t.stand().uitgegeven()).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public BigDecimal resterend() {
			BigDecimal budget = budget();
			return (budget != null) ? budget.subtract(uitgegeven()) : null;
		}

		public boolean isOverschreden() {
			BigDecimal resterend = resterend();
			return resterend != null && resterend.signum() < 0;
		}

	}

	/** A team's year with the version of its budget (null while none was set). */
	record TeamRegel(long id, String naam, Budgetten.TeamBudget stand, Long version) {

		/** The budget as the input field shows it ("12.500,00"). */
		public String invoer() {
			return Bedragen.invoer(this.stand.budget());
		}

		/** The share of the budget spent, 0–100+, or null without a budget above 0. */
		public Integer procent() {
			BigDecimal budget = this.stand.budget();
			if (budget == null || budget.signum() == 0) {
				return null;
			}
			return this.stand.uitgegeven()
				.multiply(BigDecimal.valueOf(100))
				.divide(budget, 0, java.math.RoundingMode.HALF_UP)
				.intValue();
		}

	}

}
