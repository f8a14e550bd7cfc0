package nl.wijkdossier.clusterplan;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone adopted a newer version of the plan after this person opened the form: her
 * version is not stored, so nothing she did not see is replaced.
 */
class PlanIntussenGewijzigd extends OptimisticLockingFailureException {

	PlanIntussenGewijzigd(long clusterId, int basisVersie) {
		super("clusterplan van cluster " + clusterId + " is na versie " + basisVersie + " gewijzigd");
	}

}
