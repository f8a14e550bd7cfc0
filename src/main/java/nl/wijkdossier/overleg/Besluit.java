package nl.wijkdossier.overleg;

/**
 * What the casuïstiekoverleg decided about a case. {@link #OPSCHALEN_SST} sends the case
 * to the Sociaal Stedelijk Team in the same transaction; {@link #AFSLUITEN} and
 * {@link #DOORVERWIJZEN} are advice the regievoerder carries out on the dossier (closing
 * needs its reason, a referral its entry on the sociale kaart); {@link #ANDERS} needs an
 * explanation.
 */
public enum Besluit {

	DOORGAAN, OPSCHALEN_SST, DOORVERWIJZEN, AFSLUITEN, ANDERS;

	public String messageKey() {
		return "overleg.besluit." + name();
	}

	/** The help text beside the choice. */
	public String hulpKey() {
		return "overleg.besluit.hulp." + name();
	}

	public boolean isOpschaling() {
		return this == OPSCHALEN_SST;
	}

	/** A decision that needs its explanation. */
	public boolean vraagtToelichting() {
		return this == ANDERS;
	}

}
