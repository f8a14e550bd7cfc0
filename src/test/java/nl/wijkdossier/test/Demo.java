package nl.wijkdossier.test;

/**
 * The demo accounts every test may log in as (see the README).
 */
public final class Demo {

	public static final String WACHTWOORD = "wijkdossier-demo";

	public static final String WIJKWERKER = "wijkwerker";

	public static final String WIJKWERKER2 = "wijkwerker2";

	/**
	 * A wijkwerker of another team of the same cluster as {@link #WIJKWERKER}: a possible
	 * invaller.
	 */
	public static final String WIJKWERKER3 = "wijkwerker3";

	public static final String MANAGER = "manager";

	public static final String GEMEENTE = "gemeente";

	public static final String BEHEER = "beheer";

	public static final String PRIVACY = "privacy";

	private Demo() {
	}

}
