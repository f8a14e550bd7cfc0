package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;

/** One target of a plan version: "mediane wachttijd hoogstens 42 dagen". */
public record Streefwaarde(StreefwaardeSoort soort, BigDecimal waarde) {

	/** How an actual figure does against this target; null is unknown. */
	public Doelbereik bereik(BigDecimal werkelijk) {
		return Streefwaarden.beoordeel(this.soort, this.waarde, werkelijk);
	}

	/** The value for people: "42", "14,5". */
	public String waardeTekst() {
		return Streefwaarden.tekst(this.waarde);
	}

}
