package nl.wijkdossier.spreekuur;

/**
 * One line of the register as the user gave it, parsed but not yet judged:
 * {@link SessieRegister} checks it against the rules, the session and the user's scope.
 *
 * @param duurMinuten null when missing or not a whole number
 * @param voorzieningId the sociale-kaart entry of a referral, or null
 * @param inwonerId the known resident the visit is linked to, or null (anonymous)
 */
record BezoekInvoer(BezoekOnderwerp onderwerp, BezoekResultaat resultaat, Integer duurMinuten, String notitie,
		Long voorzieningId, Long inwonerId) {

	BezoekInvoer {
		notitie = (notitie == null || notitie.isBlank()) ? null : notitie.strip();
		if (resultaat != BezoekResultaat.DOORVERWEZEN) {
			voorzieningId = null;
		}
	}

}
