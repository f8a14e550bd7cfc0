package nl.wijkdossier.casus;

/**
 * The {@link WmoKlok} as SQL, for counts over many cases ("how many legal deadlines are
 * at risk in these teams?") that must not load the cases into Java. The expressions read
 * a casus row aliased {@code c} and the parameter {@code :vandaag} (a date, Europe/
 * Amsterdam), and give exactly what {@code WmoKlok.van(…, vandaag).eerstvolgende()} gives
 * — {@code WmoKlokSqlTests} proves it for every combination of suspension, onderzoek,
 * aanvraag and beschikking. Day arithmetic on dates ({@code date + int}), so month ends
 * and daylight saving cannot shift a deadline here either.
 */
public final class WmoKlokSql {

	/**
	 * The days the clock was suspended (until {@code :vandaag} while it still is); 0 when
	 * never, or when the suspension has not begun.
	 */
	static final String OPGESCHORTE_DAGEN = "(case when c.opgeschort_van is null then 0"
			+ " else greatest(0, coalesce(c.opgeschort_tot, cast(:vandaag as date)) - c.opgeschort_van) end)";

	/**
	 * The last day of the open legal term that matters now
	 * ({@link WmoKlok#eerstvolgende()} while it is not done): the onderzoek (6 weeks
	 * after the melding plus suspended days) until it is finished and an aanvraag exists,
	 * then the beschikking (2 weeks after the aanvraag, plus the suspended days when the
	 * suspension began on or after the aanvraag). Null when no term is open, or the case
	 * is no Wmo melding.
	 */
	public static final String OPEN_TERMIJN_UITERLIJK = "(case when not c.wmo_melding then null"
			+ " when c.onderzoek_afgerond_op is null then c.gemeld_op + 42 + " + OPGESCHORTE_DAGEN
			+ " when c.aanvraag_op is null or c.beschikking_op is not null then null"
			+ " else c.aanvraag_op + 14 + (case when c.opgeschort_van >= c.aanvraag_op then " + OPGESCHORTE_DAGEN
			+ " else 0 end) end)";

	/**
	 * Whether the open legal term is at risk: its last day is at most
	 * {@value WmoKlok#WAARSCHUWING_DAGEN} days away or has passed — amber or red on the
	 * dossier. False (not null) without an open term. Says nothing about the status: the
	 * caller leaves closed cases out.
	 */
	public static final String IN_GEVAAR = "coalesce(" + OPEN_TERMIJN_UITERLIJK + " <= cast(:vandaag as date) + "
			+ WmoKlok.WAARSCHUWING_DAGEN + ", false)";

	private WmoKlokSql() {
	}

}
