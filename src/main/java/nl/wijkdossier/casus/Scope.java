package nl.wijkdossier.casus;

import java.util.List;

/**
 * Which cases a person may see: those of her teams, and those she is regievoerder of.
 * Used as parameters of every case query ({@link #SQL}), never as a filter after loading.
 */
public record Scope(List<Long> teamIds, long medewerkerId) {

	/**
	 * The condition on a casus row aliased {@code c}; parameters {@code :scopeTeams},
	 * {@code :scopeMedewerker}.
	 */
	public static final String SQL = "(c.team_id = any(:scopeTeams) or c.regievoerder_id = :scopeMedewerker)";

	/** Nobody: the roles that read no case at all. */
	public static final Scope GEEN = new Scope(List.of(), -1);

	public Scope {
		teamIds = List.copyOf(teamIds);
	}

	public Long[] teamArray() {
		return this.teamIds.toArray(Long[]::new);
	}

	public boolean isLeeg() {
		return this.teamIds.isEmpty() && this.medewerkerId < 0;
	}

}
