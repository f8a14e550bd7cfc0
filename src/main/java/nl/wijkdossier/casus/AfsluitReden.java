package nl.wijkdossier.casus;

/** Why a case was closed. */
public enum AfsluitReden {

	DOEL_BEREIKT, VERHUISD, OVERLEDEN, DOORVERWEZEN, GEEN_HULP_MEER_GEWENST, ANDERS;

	public String messageKey() {
		return "afsluitreden." + name();
	}

}
