package nl.wijkdossier.gesprek;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A colleague corrected the report after this user opened it: her correction is refused
 * so that the colleague's is not silently replaced.
 */
class GesprekIntussenGecorrigeerd extends OptimisticLockingFailureException {

	GesprekIntussenGecorrigeerd(long gesprekId) {
		super("gesprek " + gesprekId + " is intussen gecorrigeerd");
	}

}
