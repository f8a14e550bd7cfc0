package nl.wijkdossier.dashboard;

import java.util.List;

/**
 * Whose figures a dashboard shows: the whole city (for a manager: his teams), one cluster
 * or one team, always as the team ids to put in the query ({@code team_id = any(:teams)}
 * — the scope is part of the SQL, never a filter afterwards).
 *
 * @param soort city, cluster or team
 * @param id the cluster or team id; null for the city
 * @param naam the cluster's or team's name; null for the city
 * @param teamIds the teams counted; may be empty (then every count is 0)
 */
public record Bereik(Soort soort, Long id, String naam, List<Long> teamIds) {

	/** The level of a dashboard. */
	public enum Soort {

		STAD, CLUSTER, TEAM

	}

	public Bereik {
		teamIds = List.copyOf(teamIds);
	}

	/** The team ids as an SQL array parameter. */
	public Long[] teamArray() {
		return this.teamIds.toArray(Long[]::new);
	}

}
