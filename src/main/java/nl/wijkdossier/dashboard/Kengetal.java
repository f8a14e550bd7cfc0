package nl.wijkdossier.dashboard;

/**
 * A headline number that one source computes and another compares: the cluster plan's
 * targets are set on these. A {@link DashboardBron} attaches the ones it computes to its
 * figure ({@link Figuur#metKengetal}); a {@link DashboardVergelijking} receives them all,
 * already suppressed, after every source has run — so nothing is counted twice.
 */
public enum Kengetal {

	/** The median wait in days of the cases waiting for a first contact today. */
	MEDIANE_WACHTTIJD_DAGEN,
	/** Active cases per FTE of the wijkwerkers counted. */
	CASELOAD_PER_FTE,
	/** The share of referrals in the period that went to informal help, in percent. */
	AANDEEL_INFORMEEL_PROCENT,
	/**
	 * The share of Wmo onderzoeken finished in the period within their term, in percent.
	 */
	WMO_OP_TIJD_PROCENT

}
