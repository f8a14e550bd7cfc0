package nl.wijkdossier.verwijzing;

import java.util.Arrays;

/**
 * The organisation's answer to a referral as the team records it: accepted or declined,
 * and the reason for a decline; with the version of the referral the user saw.
 */
record AntwoordForm(String antwoord, String afwijsreden, Long version) {

	/** {@code GEACCEPTEERD} or {@code AFGEWEZEN}; anything else is no answer (null). */
	VerwijzingStatus antwoordStatus() {
		return Arrays.stream(VerwijzingStatus.values())
			.filter((s) -> s == VerwijzingStatus.GEACCEPTEERD || s == VerwijzingStatus.AFGEWEZEN)
			.filter((s) -> s.name().equals(this.antwoord))
			.findFirst()
			.orElse(null);
	}

}
