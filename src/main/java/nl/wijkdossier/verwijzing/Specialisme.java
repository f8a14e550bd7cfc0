package nl.wijkdossier.verwijzing;

/**
 * The specialism a case is escalated for to the city-wide Sociaal Stedelijk Team.
 */
public enum Specialisme {

	VERSLAVINGSZORG, GGZ, HUISELIJK_GEWELD;

	public String messageKey() {
		return "verwijzing.specialisme." + name();
	}

}
