package nl.wijkdossier.verwijzing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A referral as its page shows it: what was asked of which entry, how it stands, and who
 * recorded each step when.
 */
record VerwijzingInfo(long id, long casusId, Long gesprekId, LocalDate gesprekDatum, String reden,
		VerwijzingStatus status, Instant verstuurdOp, String verstuurdDoor, Specialisme specialisme, String sstVraag,
		Instant beantwoordOp, String beantwoordDoor, String afwijsreden, Instant afgerondOp, String afgerondDoor,
		String terugkoppeling, boolean antwoordGezien, long version, long voorzieningId, String voorzieningNaam,
		VoorzieningSoort soort, String adres, String telefoon, String email, String website,
		boolean voorzieningActief) {

	/** The next step is recording the organisation's answer. */
	public boolean wachtOpAntwoord() {
		return this.status == VerwijzingStatus.VERSTUURD;
	}

	/** The next step is closing it with feedback. */
	public boolean kanAfronden() {
		return this.status == VerwijzingStatus.GEACCEPTEERD;
	}

	/** An escalation to the Sociaal Stedelijk Team. */
	public boolean isOpschaling() {
		return this.specialisme != null;
	}

	/** The history, oldest first: sent, answered, closed — as far as it got. */
	public List<Stap> stappen() {
		List<Stap> stappen = new ArrayList<>();
		stappen.add(new Stap(this.verstuurdOp, this.verstuurdDoor, VerwijzingStatus.VERSTUURD, null));
		if (this.beantwoordOp != null) {
			boolean afgewezen = this.status == VerwijzingStatus.AFGEWEZEN;
			stappen.add(new Stap(this.beantwoordOp, this.beantwoordDoor,
					afgewezen ? VerwijzingStatus.AFGEWEZEN : VerwijzingStatus.GEACCEPTEERD,
					afgewezen ? this.afwijsreden : null));
		}
		if (this.afgerondOp != null) {
			stappen.add(new Stap(this.afgerondOp, this.afgerondDoor, VerwijzingStatus.AFGEROND, this.terugkoppeling));
		}
		return stappen;
	}

	/**
	 * One step of the history; {@code door} may be null for rows recorded before it was
	 * kept.
	 */
	record Stap(Instant op, String door, VerwijzingStatus status, String toelichting) {
	}

}
