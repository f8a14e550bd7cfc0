package nl.wijkdossier.spreekuur;

import java.util.List;
import java.util.Set;

/**
 * For which teams a person keeps the schedule, exceptions and roster: functioneel beheer
 * for every team (and the whole city), a manager for the teams he steers, others for
 * none.
 */
public record SpreekuurBevoegdheid(boolean heleStad, Set<Long> teamIds) {

	public SpreekuurBevoegdheid {
		teamIds = Set.copyOf(teamIds);
	}

	public boolean mag(Long teamId) {
		return teamId != null && (this.heleStad || this.teamIds.contains(teamId));
	}

	/** The teams as a query parameter (with {@link #heleStad()} for every team). */
	Long[] teamArray() {
		return this.teamIds.toArray(Long[]::new);
	}

	List<Long> teamLijst() {
		return List.copyOf(this.teamIds);
	}

}
