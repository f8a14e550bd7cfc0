package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;

/**
 * One row of {@code clusterplan/fragmenten :: doelen(doelen)}: a target, the actual
 * figure and how it does. {@code afgeschermd} says the figure exists but is withheld
 * because it concerns too few people; the row then reads "afgeschermd", not "onbekend".
 */
public record DoelRegel(StreefwaardeSoort soort, BigDecimal streefwaarde, BigDecimal werkelijk, boolean afgeschermd,
		Doelbereik bereik) {

	/** A target with its actual figure (null when unknown). */
	public static DoelRegel van(StreefwaardeSoort soort, BigDecimal streefwaarde, BigDecimal werkelijk) {
		return new DoelRegel(soort, streefwaarde, werkelijk, false,
				Streefwaarden.beoordeel(soort, streefwaarde, werkelijk));
	}

	/** A target whose figure is suppressed for privacy: its status is unknown. */
	public static DoelRegel afgeschermd(StreefwaardeSoort soort, BigDecimal streefwaarde) {
		return new DoelRegel(soort, streefwaarde, null, true, Doelbereik.ONBEKEND);
	}

	public String streefwaardeTekst() {
		return Streefwaarden.tekst(this.streefwaarde);
	}

	public String werkelijkTekst() {
		return Streefwaarden.tekst(this.werkelijk);
	}

}
