package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.List;

/**
 * The agreements of a case as the dossier shows them: the open ones first (overdue and
 * due this week said in words), then those done recently.
 *
 * @param casusId the case
 * @param wijzigbaar whether the page offers "klaar" and "heropenen" (not on a closed
 * case)
 * @param open the open agreements, earliest deadline first, those without one last
 * @param klaar the agreements done in the last {@link Afspraken#KLAAR_RECENT_DAGEN} days,
 * most recent first
 */
record AfsprakenOverzicht(long casusId, boolean wijzigbaar, List<Regel> open, List<Regel> klaar) {

	AfsprakenOverzicht {
		open = List.copyOf(open);
		klaar = List.copyOf(klaar);
	}

	public boolean isLeeg() {
		return this.open.isEmpty() && this.klaar.isEmpty();
	}

	public long aantalTeLaat() {
		return this.open.stream().filter((r) -> r.termijn() == AfspraakTermijn.TE_LAAT).count();
	}

	/** How many days "recently done" reaches back (for the page's words). */
	public int klaarRecentDagen() {
		return Afspraken.KLAAR_RECENT_DAGEN;
	}

	/**
	 * One agreement: what, who (a partner by name), by when, how that stands today, when
	 * it was done, and the conversation that made it (null when none).
	 */
	record Regel(long id, long version, String omschrijving, String wie, String partner, LocalDate deadline,
			AfspraakTermijn termijn, LocalDate klaarOp, Long gesprekId, LocalDate gesprekDatum) {

		public String wieSleutel() {
			return "afspraak.wie." + this.wie;
		}

		public boolean isPartner() {
			return "PARTNER".equals(this.wie);
		}

	}

}
