package nl.wijkdossier.overleg;

import java.util.Arrays;

import nl.wijkdossier.verwijzing.Specialisme;

/**
 * What an attendee records for an agenda item: the notes, the decision, its explanation,
 * who follows it up and by when (optional); for an escalation the specialism and the
 * question for the Sociaal Stedelijk Team. An unknown decision or specialism counts as
 * none chosen; the rules then ask for one.
 */
record BesprekingForm(String notities, String besluit, String toelichting, Long opvolgerId, String opvolgenVoor,
		String specialisme, String vraag) {

	/** An empty form with the follow-up owner proposed (the case's regievoerder). */
	static BesprekingForm leeg(Long opvolgerId) {
		return new BesprekingForm("", null, "", opvolgerId, "", null, "");
	}

	Besprekingen.Invoer toInvoer() {
		Besluit gekozen = Arrays.stream(Besluit.values())
			.filter((b) -> b.name().equals(this.besluit))
			.findFirst()
			.orElse(null);
		Specialisme specialisme = Arrays.stream(Specialisme.values())
			.filter((s) -> s.name().equals(this.specialisme))
			.findFirst()
			.orElse(null);
		return new Besprekingen.Invoer(this.notities, gekozen, this.toelichting, this.opvolgerId, this.opvolgenVoor,
				specialisme, this.vraag);
	}

}
