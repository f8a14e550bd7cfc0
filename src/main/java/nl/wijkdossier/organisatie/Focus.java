package nl.wijkdossier.organisatie;

/** A medewerker's specialism within the generalist team. */
public enum Focus {

	INFORMELE_ZORG, SCHULDEN, JEUGD, OUDEREN, GGZ;

	public String messageKey() {
		return "focus." + name();
	}

}
