package nl.wijkdossier.spreekuur;

/**
 * The two kinds of spreekuur: a walk-in hour where anyone can come with any question, and
 * an administrative hour for help with letters, forms and benefits, often staffed with
 * volunteers and coordinated by a convenantpartner.
 */
public enum SpreekuurSoort {

	/** Inloopspreekuur. */
	INLOOP,

	/** Administratief spreekuur. */
	ADMINISTRATIEF;

	public String messageKey() {
		return "spreekuur.soort." + name();
	}

}
