package nl.wijkdossier.verwijzing;

import java.util.Arrays;

/**
 * What a wijkwerker enters for a new referral: the chosen entry, the reason, the
 * conversation it comes from (if any) and, for the Sociaal Stedelijk Team, specialism and
 * question. Every rule is checked by the use case and the aggregate, so the page shows
 * all errors at once.
 */
record VerwijzingForm(Long voorzieningId, String reden, Long gesprekId, String specialisme, String sstVraag) {

	static VerwijzingForm leeg(Long gesprekId) {
		return new VerwijzingForm(null, "", gesprekId, null, "");
	}

	Verwijzingen.NieuweVerwijzing toOpdracht() {
		return new Verwijzingen.NieuweVerwijzing(this.voorzieningId, this.reden, this.gesprekId,
				specialisme(this.specialisme), this.sstVraag);
	}

	/** An unknown value counts as none chosen; the rule then asks for one. */
	static Specialisme specialisme(String waarde) {
		return Arrays.stream(Specialisme.values()).filter((s) -> s.name().equals(waarde)).findFirst().orElse(null);
	}

}
