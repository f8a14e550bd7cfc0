package nl.wijkdossier.spreekuur;

/**
 * How a visit ended. Most are handled on the spot; a referral names a sociale-kaart
 * entry; an aanmelding continues as an intake that becomes a case.
 */
enum BezoekResultaat {

	AFGEHANDELD, VERVOLGAFSPRAAK, DOORVERWEZEN, AANMELDING;

	public String messageKey() {
		return "register.resultaat." + name();
	}

}
