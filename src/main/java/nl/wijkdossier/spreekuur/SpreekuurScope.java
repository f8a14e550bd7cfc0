package nl.wijkdossier.spreekuur;

import java.util.List;

/**
 * Which sessions a person may open: those of her teams, and those she is on duty in (a
 * colleague of the cluster covering). Used as parameters of every session query
 * ({@link #SQL}), never as a filter after loading.
 */
public record SpreekuurScope(List<Long> teamIds, long medewerkerId) {

	/**
	 * The condition on a session aliased {@code s} joined with its spreekuur {@code sp};
	 * parameters {@code :scopeTeams}, {@code :scopeMedewerker}.
	 */
	public static final String SQL = """
			(sp.team_id = any(:scopeTeams) or exists (select 1 from spreekuur_dienst sd
			 where sd.sessie_id = s.id and sd.medewerker_id = :scopeMedewerker))""";

	/** Nobody: the roles that open no session. */
	public static final SpreekuurScope GEEN = new SpreekuurScope(List.of(), -1);

	public SpreekuurScope {
		teamIds = List.copyOf(teamIds);
	}

	public Long[] teamArray() {
		return this.teamIds.toArray(Long[]::new);
	}

	public boolean isLeeg() {
		return this.teamIds.isEmpty() && this.medewerkerId < 0;
	}

}
