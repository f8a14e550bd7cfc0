package nl.wijkdossier.casus;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The legal clock of a Wmo melding (Wmo 2015 art. 2.3.2 and 2.3.5): a persoonlijk plan
 * may be handed in within 7 days, the onderzoek is finished within 6 weeks of the
 * melding, and the beschikking follows within 2 weeks of the aanvraag. Days on which the
 * clock was suspended (once, with a reason) move both deadlines. Calendar arithmetic on
 * dates only, so month ends and daylight saving cannot shift a deadline.
 */
public record WmoKlok(LocalDate gemeldOp, LocalDate persoonlijkPlanTot, Deadline onderzoek, Deadline beschikking,
		long opgeschorteDagen, boolean nuOpgeschort) {

	/** Amber from this many days before a deadline. */
	public static final int WAARSCHUWING_DAGEN = 7;

	public static WmoKlok van(LocalDate gemeldOp, LocalDate opgeschortVan, LocalDate opgeschortTot,
			LocalDate onderzoekAfgerondOp, LocalDate aanvraagOp, LocalDate beschikkingOp, LocalDate vandaag) {
		long opgeschort = 0;
		boolean nuOpgeschort = false;
		if (opgeschortVan != null) {
			LocalDate eind = (opgeschortTot != null) ? opgeschortTot : vandaag;
			nuOpgeschort = opgeschortTot == null && !vandaag.isBefore(opgeschortVan);
			opgeschort = Math.max(0, ChronoUnit.DAYS.between(opgeschortVan, eind));
		}
		Deadline onderzoek = new Deadline(gemeldOp.plusWeeks(6).plusDays(opgeschort), onderzoekAfgerondOp, vandaag);
		Deadline beschikking = (aanvraagOp != null)
				? new Deadline(aanvraagOp.plusWeeks(2).plusDays(opgeschortNa(aanvraagOp, opgeschortVan, opgeschort)),
						beschikkingOp, vandaag)
				: null;
		return new WmoKlok(gemeldOp, gemeldOp.plusDays(7), onderzoek, beschikking, opgeschort, nuOpgeschort);
	}

	/** Suspension counts for the beschikking only where it lay after the aanvraag. */
	private static long opgeschortNa(LocalDate aanvraagOp, LocalDate opgeschortVan, long opgeschort) {
		return (opgeschortVan != null && !opgeschortVan.isBefore(aanvraagOp)) ? opgeschort : 0;
	}

	/**
	 * The deadline that matters now: the beschikking once there is an aanvraag, else the
	 * onderzoek.
	 */
	public Deadline eerstvolgende() {
		if (this.onderzoek.afgerondOp() == null || this.beschikking == null) {
			return this.onderzoek;
		}
		return this.beschikking;
	}

	/** A legal deadline with its colour for today. */
	public record Deadline(LocalDate uiterlijk, LocalDate afgerondOp, LocalDate vandaag) {

		public Kleur kleur() {
			if (this.afgerondOp != null) {
				return this.afgerondOp.isAfter(this.uiterlijk) ? Kleur.TE_LAAT_AFGEROND : Kleur.AFGEROND;
			}
			if (this.vandaag.isAfter(this.uiterlijk)) {
				return Kleur.ROOD;
			}
			return (ChronoUnit.DAYS.between(this.vandaag, this.uiterlijk) <= WAARSCHUWING_DAGEN) ? Kleur.AMBER
					: Kleur.GROEN;
		}

		/** Days left (negative: days overdue). */
		public long dagenOver() {
			return ChronoUnit.DAYS.between(this.vandaag, this.uiterlijk);
		}

	}

	/** Green, amber (≤ 7 days), red (passed); or done, in time or late. */
	public enum Kleur {

		GROEN, AMBER, ROOD, AFGEROND, TE_LAAT_AFGEROND;

		public String messageKey() {
			return "wmo.kleur." + name();
		}

		public String cssClass() {
			return "deadline-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
