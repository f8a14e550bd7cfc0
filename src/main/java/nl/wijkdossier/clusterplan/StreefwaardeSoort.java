package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;

/**
 * The kinds of target a cluster plan can set, each with its direction (a figure must stay
 * at or below a maximum, or reach at least a minimum), its unit and the range a person
 * may enter. The database checks the same ranges.
 */
public enum StreefwaardeSoort {

	/** The median number of days a case waits on the waiting list: at most this. */
	MAX_MEDIANE_WACHTTIJD_DAGEN(Richting.MAX, Eenheid.DAGEN, 0, 365),

	/** Active cases per FTE (36 hours a week): at most this. */
	MAX_CASELOAD_PER_FTE(Richting.MAX, Eenheid.PER_FTE, 1, 60),

	/**
	 * The share of referrals that go to informal support (informal first): at least this.
	 */
	MIN_AANDEEL_INFORMEEL_PROCENT(Richting.MIN, Eenheid.PROCENT, 0, 100),

	/**
	 * The share of Wmo onderzoeken finished within six weeks of the melding: at least
	 * this.
	 */
	MIN_WMO_OP_TIJD_PROCENT(Richting.MIN, Eenheid.PROCENT, 0, 100);

	private final Richting richting;

	private final Eenheid eenheid;

	private final BigDecimal minimum;

	private final BigDecimal maximum;

	StreefwaardeSoort(Richting richting, Eenheid eenheid, int minimum, int maximum) {
		this.richting = richting;
		this.eenheid = eenheid;
		this.minimum = BigDecimal.valueOf(minimum);
		this.maximum = BigDecimal.valueOf(maximum);
	}

	public Richting richting() {
		return this.richting;
	}

	public Eenheid eenheid() {
		return this.eenheid;
	}

	/** The lowest value one may set, inclusive. */
	public BigDecimal minimum() {
		return this.minimum;
	}

	/** The highest value one may set, inclusive. */
	public BigDecimal maximum() {
		return this.maximum;
	}

	/** The name of the target for people: "Mediane wachttijd". */
	public String messageKey() {
		return "clusterplan.soort." + name();
	}

	/** Whether a figure must stay at or below the target, or reach at least it. */
	public enum Richting {

		/** The figure is good when it is at most the target. */
		MAX,

		/** The figure is good when it is at least the target. */
		MIN

	}

	/** The unit of a target and how precisely it is set. */
	public enum Eenheid {

		/** Whole days. */
		DAGEN(0),

		/** Cases per FTE, one decimal. */
		PER_FTE(1),

		/** A percentage, one decimal. */
		PROCENT(1);

		private final int decimalen;

		Eenheid(int decimalen) {
			this.decimalen = decimalen;
		}

		/** How many digits after the decimal comma a target may have. */
		public int decimalen() {
			return this.decimalen;
		}

		/** "{0} dagen", "{0} per FTE", "{0}%". */
		public String messageKey() {
			return "clusterplan.eenheid." + name();
		}

	}

}
