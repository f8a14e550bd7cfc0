package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The meldcode as the dossier shows it: the checklist when one was started, otherwise (on
 * an open case) a quiet way to start it. After a refused step or start it also carries
 * what was typed and the errors, so the page shows them beside their fields.
 *
 * @param casusId the case
 * @param wijzigbaar whether the page offers forms (not on a closed case)
 * @param meldcode the meldcode, or null when none was started
 * @param vandaag today, the default and latest date of the forms
 * @param invoer what was typed in a refused form, or null
 */
record MeldcodeOverzicht(long casusId, boolean wijzigbaar, Meldcode meldcode, LocalDate vandaag, Invoer invoer) {

	/** Shown on the dossier: a meldcode exists, or it can be started. */
	public boolean isZichtbaar() {
		return this.meldcode != null || this.wijzigbaar;
	}

	public boolean isGestart() {
		return this.meldcode != null;
	}

	/**
	 * The error of a field ({@code datum}, {@code toelichting}, {@code algemeen}), or
	 * null.
	 */
	public String fout(String veld) {
		return (this.invoer != null) ? this.invoer.fouten().get(veld) : null;
	}

	public boolean heeftFouten() {
		return this.invoer != null && !this.invoer.fouten().isEmpty();
	}

	/** The date the form shows: what was typed after a refusal, else today. */
	public String datumWaarde() {
		return (this.invoer != null && this.invoer.datum() != null) ? this.invoer.datum() : this.vandaag.toString();
	}

	public String toelichtingWaarde() {
		return (this.invoer != null) ? this.invoer.toelichting() : null;
	}

	/**
	 * A refused form: which step (null for the start), what was typed and the errors
	 * (field → message key).
	 */
	record Invoer(Integer stap, String datum, String toelichting, Map<String, String> fouten) {

		Invoer {
			fouten = Collections.unmodifiableMap(new LinkedHashMap<>(fouten));
		}

	}

}
