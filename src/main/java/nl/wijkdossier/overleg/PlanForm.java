package nl.wijkdossier.overleg;

/**
 * A meeting to plan as entered: the team, the day and start time (as typed or as the
 * browser's date and time fields send them) and the location (optional). Every rule is
 * checked by {@link Overleggen#plan}, so the page shows all errors at once.
 */
record PlanForm(Long teamId, String datum, String tijd, String locatie) {

	/** An empty form, with the team chosen when there is only one. */
	static PlanForm leeg(Long teamId) {
		return new PlanForm(teamId, "", "", "");
	}

	Overleggen.Plan toPlan() {
		return new Overleggen.Plan(this.teamId, this.datum, this.tijd, this.locatie);
	}

}
