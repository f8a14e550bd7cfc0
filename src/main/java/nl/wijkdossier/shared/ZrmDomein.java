package nl.wijkdossier.shared;

/**
 * The 13 life domains of the Zelfredzaamheid-Matrix (ZRM 2017). A case records the
 * domains its question touches; a conversation scores only those (data minimisation).
 */
public enum ZrmDomein {

	FINANCIEN, WERK_OPLEIDING, TIJDSBESTEDING, HUISVESTING, HUISELIJKE_RELATIES, GEESTELIJKE_GEZONDHEID,
	LICHAMELIJKE_GEZONDHEID, MIDDELENGEBRUIK, BASALE_ADL, INSTRUMENTELE_ADL, SOCIAAL_NETWERK,
	MAATSCHAPPELIJKE_PARTICIPATIE, JUSTITIE;

	public String messageKey() {
		return "zrm." + name();
	}

}
