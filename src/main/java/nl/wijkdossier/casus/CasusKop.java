package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.util.List;

import nl.wijkdossier.shared.ZrmDomein;

/**
 * The head of a case, for pages that belong to it (a conversation, a referral): whose it
 * is, which team, which domains the question touches, and what the case allows now.
 */
public record CasusKop(long id, long inwonerId, String inwonerNaam, String inwonerAdres, LocalDate geboortedatum,
		long teamId, String teamNaam, String teamAdres, String teamTelefoon, Status status, List<ZrmDomein> domeinen,
		boolean wmoMelding, LocalDate gemeldOp, Long regievoerderId, String regievoerderNaam) {

	public CasusKop {
		domeinen = List.copyOf(domeinen);
	}

	public boolean isAfgesloten() {
		return this.status == Status.AFGESLOTEN;
	}

	public boolean isWachtend() {
		return this.status == Status.AANGEMELD || this.status == Status.WACHTLIJST;
	}

}
