package nl.wijkdossier.gesprek;

/**
 * The last Wmo onderzoek item (art. 2.3.2 lid 4): is a maatwerkvoorziening needed, on top
 * of what the resident, her network and general provisions can do?
 */
public enum GesprekMaatwerk {

	JA, NEE, NOG_ONBEKEND;

	public String messageKey() {
		return "gesprek.maatwerk." + name();
	}

}
