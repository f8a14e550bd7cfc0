package nl.wijkdossier.casus;

/** How soon a case needs a worker; SPOED never simply waits. */
public enum Urgentie {

	SPOED, HOOG, NORMAAL;

	public String messageKey() {
		return "urgentie." + name();
	}

}
