package nl.wijkdossier.casus;

import java.util.Set;

import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * A registered need, ready to become a case: either an existing resident
 * ({@code inwonerId}) or a new one ({@code inwoner}), the team it is routed to and, when
 * that is not the team of the postcode, the reason for the other team.
 */
public record Aanmelding(Long inwonerId, InwonerGegevens inwoner, long teamId, String teamReden, Urgentie urgentie,
		Kanaal kanaal, String aanmelder, String hulpvraag, Set<ZrmDomein> domeinen, boolean wmoMelding) {

	public Aanmelding {
		if ((inwonerId == null) == (inwoner == null)) {
			throw new IllegalArgumentException("Geef een bestaande of een nieuwe inwoner, niet allebei");
		}
		domeinen = Set.copyOf(domeinen);
	}

}
