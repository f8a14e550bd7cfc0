package nl.wijkdossier.casus;

import java.util.List;
import java.util.Map;

/**
 * Which cases a person may see: those of her teams, and those she is regievoerder of.
 * Used as parameters of every case query ({@link #SQL}), never as a filter after loading.
 */
public record Scope(List<Long> teamIds, long medewerkerId, List<Long> invalVoor) {

	/**
	 * The condition on a casus row aliased {@code c}; parameters {@code :scopeTeams},
	 * {@code :scopeMedewerker}, {@code :scopeInval}.
	 */
	public static final String SQL = "(c.team_id = any(:scopeTeams) or c.regievoerder_id = :scopeMedewerker"
			+ " or c.regievoerder_id = any(:scopeInval))";

	/** Nobody: the roles that read no case at all. */
	public static final Scope GEEN = new Scope(List.of(), -1, List.of());

	public Scope {
		teamIds = List.copyOf(teamIds);
		invalVoor = List.copyOf(invalVoor);
	}

	/** Without cover: her teams and her own cases. */
	public Scope(List<Long> teamIds, long medewerkerId) {
		this(teamIds, medewerkerId, List.of());
	}

	/**
	 * The parameters of {@link #SQL}, all three: bind them with
	 * {@code .params(scope.parameters())} so no query can forget one.
	 */
	public Map<String, Object> parameters() {
		return Map.of("scopeTeams", teamArray(), "scopeMedewerker", this.medewerkerId, "scopeInval", invalArray());
	}

	/** The absent colleagues (medewerker ids) whose cases she covers today. */
	public Long[] invalArray() {
		return this.invalVoor.toArray(Long[]::new);
	}

	public Long[] teamArray() {
		return this.teamIds.toArray(Long[]::new);
	}

	/**
	 * Whether a case of this team and regievoerder is within this scope only through an
	 * inval: then an access to it is on behalf of the absent regievoerder.
	 */
	public boolean alleenDoorInval(long teamId, Long regievoerderId) {
		return !this.teamIds.contains(teamId) && regievoerderId != null && regievoerderId != this.medewerkerId
				&& this.invalVoor.contains(regievoerderId);
	}

	public boolean isLeeg() {
		return this.teamIds.isEmpty() && this.medewerkerId < 0 && this.invalVoor.isEmpty();
	}

}
