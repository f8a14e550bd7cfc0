package nl.wijkdossier.account;

/**
 * What a person may do in Wijkdossier. A person has exactly one role.
 */
public enum Rol {

	/**
	 * A generalist of a wijkteam: sees the cases of her own team and those she covers.
	 */
	WIJKWERKER,

	/** Steers one or more teams. */
	WIJKTEAMMANAGER,

	/** Municipal policy staff: aggregates only, never a person. */
	GEMEENTE,

	/** Functioneel beheer: organisation and accounts, no case data. */
	BEHEERDER,

	/** The privacy officer (FG): reads the access log. */
	PRIVACY;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "rol." + name();
	}

}
