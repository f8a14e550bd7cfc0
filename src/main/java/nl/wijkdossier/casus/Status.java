package nl.wijkdossier.casus;

/** The stages of a case. */
public enum Status {

	AANGEMELD, WACHTLIJST, IN_BEHANDELING, AFGESLOTEN;

	public String messageKey() {
		return "status." + name();
	}

}
