package nl.wijkdossier.spreekuur;

/**
 * An exception to the schedule: a session that does not take place, or an extra one-off
 * session.
 */
public enum UitzonderingSoort {

	VERVALT, EXTRA;

	public String messageKey() {
		return "spreekuur.uitzondering.soort." + name();
	}

}
