package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the resident's report says, and nothing more: the team, the resident, when and
 * where the conversation was, who took part, the report (its latest correction when there
 * is one), the onderzoek items that were filled in, the agreements made, the next step
 * and whom to contact. The internal note is not part of it — it is never even read for
 * the report.
 */
record VerslagInhoud(String teamNaam, String teamAdres, String teamTelefoon, String inwonerNaam, String inwonerAdres,
		LocalDate datum, String locatie, List<String> deelnemers, String deelnemersToelichting, String verslag,
		LocalDate gecorrigeerdOp, String behoeften, String eigenKracht, String mantelzorgNetwerk,
		String algemeneVoorzieningen, String maatwerkNodig, String maatwerkToelichting, String volgendeStap,
		List<Afspraak> afspraken, String auteurNaam, String auteurEmail) {

	private static final DateTimeFormatter LANGE_DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("nl-NL"));

	/**
	 * Characters XML 1.0 does not allow (a vertical tab or form feed pasted from a word
	 * processor): the report is XHTML, so they are left out.
	 */
	private static final Pattern GEEN_XML = Pattern
		.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	VerslagInhoud {
		deelnemers = List.copyOf(deelnemers);
		afspraken = afspraken.stream()
			.map((a) -> new Afspraak(schoon(a.omschrijving()), a.wie(), schoon(a.partner()), a.deadline()))
			.toList();
		teamNaam = schoon(teamNaam);
		teamAdres = schoon(teamAdres);
		teamTelefoon = schoon(teamTelefoon);
		inwonerNaam = schoon(inwonerNaam);
		inwonerAdres = schoon(inwonerAdres);
		deelnemersToelichting = schoon(deelnemersToelichting);
		verslag = schoon(verslag);
		behoeften = schoon(behoeften);
		eigenKracht = schoon(eigenKracht);
		mantelzorgNetwerk = schoon(mantelzorgNetwerk);
		algemeneVoorzieningen = schoon(algemeneVoorzieningen);
		maatwerkToelichting = schoon(maatwerkToelichting);
		volgendeStap = schoon(volgendeStap);
		auteurNaam = schoon(auteurNaam);
		auteurEmail = schoon(auteurEmail);
	}

	/** Text without the characters XML cannot hold. */
	static String schoon(String tekst) {
		return (tekst != null) ? GEEN_XML.matcher(tekst).replaceAll("") : null;
	}

	/** A date as a resident reads it in a letter: 12 maart 2026. */
	public static String lang(LocalDate datum) {
		return (datum != null) ? LANGE_DATUM.format(datum) : "";
	}

	public String datumTekst() {
		return lang(this.datum);
	}

	public String gecorrigeerdOpTekst() {
		return lang(this.gecorrigeerdOp);
	}

	/** The download's file name: {@code verslag-2026-03-12.pdf}. */
	public String bestandsnaam() {
		return "verslag-" + this.datum + ".pdf";
	}

	public String locatieSleutel() {
		return "verslag.pdf.locatie." + this.locatie;
	}

	public String maatwerkSleutel() {
		return (this.maatwerkNodig != null) ? "verslag.pdf.maatwerk." + this.maatwerkNodig : null;
	}

	/** Whether any of the onderzoek items was filled in. */
	public boolean heeftOnderzoek() {
		return this.behoeften != null || this.eigenKracht != null || this.mantelzorgNetwerk != null
				|| this.algemeneVoorzieningen != null || this.maatwerkNodig != null;
	}

	/** An agreement as the resident reads it: what, who (a partner by name), by when. */
	record Afspraak(String omschrijving, String wie, String partner, LocalDate deadline) {

		public String wieSleutel() {
			return "verslag.pdf.wie." + this.wie;
		}

		public boolean isPartner() {
			return "PARTNER".equals(this.wie);
		}

		public String deadlineTekst() {
			return lang(this.deadline);
		}

	}

}
