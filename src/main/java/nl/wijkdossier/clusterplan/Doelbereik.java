package nl.wijkdossier.clusterplan;

/**
 * Whether a figure meets its target: {@link #MET} (gehaald), {@link #NIET_GEHAALD}, or
 * {@link #ONBEKEND} when the figure is not known or is suppressed because it concerns too
 * few people. Pages show it as text, never as colour alone.
 */
public enum Doelbereik {

	/** The figure meets the target (gehaald). */
	MET,

	/** The figure misses the target. */
	NIET_GEHAALD,

	/** No figure to compare: unknown, or suppressed for privacy. */
	ONBEKEND;

	public String messageKey() {
		return "clusterplan.bereik." + name();
	}

}
