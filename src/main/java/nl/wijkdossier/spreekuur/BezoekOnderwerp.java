package nl.wijkdossier.spreekuur;

/**
 * What a visitor came for. Few and broad on purpose: the register is filled in while the
 * next visitor waits, and the managers' overview counts per topic.
 */
enum BezoekOnderwerp {

	FORMULIEREN_BRIEVEN, TOESLAGEN_BELASTING, SCHULDEN_GELDZAKEN, WONEN, ZORG_ONDERSTEUNING, WERK_INKOMEN,
	EENZAAMHEID_CONTACT, OVERIG;

	/** The Dutch label in running text, e.g. "schulden en geldzaken". */
	public String messageKey() {
		return "register.onderwerp." + name();
	}

}
