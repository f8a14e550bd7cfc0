package nl.wijkdossier.schaal;

/**
 * The sizes of a generated data set, all derived from one number: the cases. At 1,000,000
 * cases: 40 clusters, 300 teams of 20 medewerkers (19 wijkwerkers and a manager),
 * ~800,000 residents, ~2,000,000 conversations, 10,000,000 access-log rows and 500,000
 * spreekuur visits. Small sizes keep at least 2 clusters and 8 teams so the skew stays
 * visible.
 *
 * @param casussen the cases
 * @param clusters the clusters
 * @param teams the wijkteams
 */
record Omvang(int casussen, int clusters, int teams) {

	/** Medewerkers per team: one manager and the wijkwerkers. */
	static final int PER_TEAM = 20;

	/** Convenantpartners employing the medewerkers. */
	static final int PARTNERS = 5;

	/** Residents per case: one case in five is a resident's second or later case. */
	static final double INWONERS_PER_CASUS = 0.8;

	static final int GESPREKKEN_PER_CASUS = 2;

	static final int TOEGANGSLOG_PER_CASUS = 10;

	static final double BEZOEKEN_PER_CASUS = 0.5;

	static Omvang voor(int casussen) {
		if (casussen < 100) {
			throw new IllegalArgumentException("schaal.casussen moet minstens 100 zijn");
		}
		return new Omvang(casussen, Math.max(2, (int) Math.round(casussen / 25_000.0)),
				Math.max(8, (int) Math.round(casussen / 3_333.0)));
	}

	int medewerkers() {
		return this.teams * PER_TEAM;
	}

	long bezoeken() {
		return Math.round(this.casussen * BEZOEKEN_PER_CASUS);
	}

}
