package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.math.RoundingMode;

import nl.wijkdossier.account.Rol;

/** A medewerker as other modules and pages see it. */
public record MedewerkerInfo(long id, long gebruikerId, String naam, String email, Rol rol, long partnerId,
		String partnerNaam, Long teamId, String teamNaam, BigDecimal urenPerWeek, Focus focus, boolean actief) {

	/** A full-time week in the Dutch social domain (CAO Sociaal Werk). */
	public static final BigDecimal VOLTIJD_UREN = BigDecimal.valueOf(36);

	/** Hours as people write them: "36", "25,5". */
	public String urenTekst() {
		return this.urenPerWeek.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	public BigDecimal fte() {
		return this.urenPerWeek.divide(VOLTIJD_UREN, 2, RoundingMode.HALF_UP);
	}

}
