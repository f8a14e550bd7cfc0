package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sending of a resident's report (Wmo 2015 art. 2.3.2 lid 8): when (today when not
 * given; not in the future, not before the conversation) and how. It may be recorded
 * again: a later sending overwrites the date on the conversation, the timeline keeps
 * every one.
 */
record VerslagVerzending(LocalDate op, Via via) {

	/** How the report reached the resident. */
	enum Via {

		POST, EMAIL, MEEGEGEVEN;

		public String messageKey() {
			return "verslag.via." + name();
		}

		/** Lower case, for the timeline line. */
		public String kortSleutel() {
			return "verslag.via.kort." + name();
		}

	}

	/**
	 * The sending from the form's text, checked; refused with every error found, each
	 * beside its field.
	 */
	static VerslagVerzending van(String op, String via, LocalDate gesprekDatum, LocalDate vandaag) {
		Map<String, String> fouten = new LinkedHashMap<>();
		LocalDate datum = vandaag;
		if (op != null && !op.isBlank()) {
			try {
				datum = LocalDate.parse(op.strip());
				if (datum.isAfter(vandaag)) {
					fouten.put("op", "verslag.fout.opInToekomst");
				}
				else if (datum.isBefore(gesprekDatum)) {
					fouten.put("op", "verslag.fout.opVoorGesprek");
				}
			}
			catch (DateTimeParseException ex) {
				fouten.put("op", "verslag.fout.opOngeldig");
			}
		}
		Via manier = null;
		if (via == null || via.isBlank()) {
			fouten.put("via", "verslag.fout.viaVerplicht");
		}
		else {
			try {
				manier = Via.valueOf(via.strip());
			}
			catch (IllegalArgumentException ex) {
				fouten.put("via", "verslag.fout.viaOngeldig");
			}
		}
		if (!fouten.isEmpty()) {
			throw new VerslagGeweigerd(fouten);
		}
		return new VerslagVerzending(datum, manier);
	}

}
