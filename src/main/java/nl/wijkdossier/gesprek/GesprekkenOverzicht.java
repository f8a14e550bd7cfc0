package nl.wijkdossier.gesprek;

import java.time.LocalDate;
import java.util.List;

/**
 * The dossier's "Gesprekken": whether a conversation may be logged (not on a closed
 * case), the user's own drafts on the case, and the finalised conversations, newest
 * first.
 */
public record GesprekkenOverzicht(long casusId, boolean kanVastleggen, List<ConceptKop> concepten,
		List<Regel> gesprekken) {

	/** Characters of a report's first line that the list shows. */
	static final int EERSTE_REGEL = 160;

	public GesprekkenOverzicht {
		concepten = List.copyOf(concepten);
		gesprekken = List.copyOf(gesprekken);
	}

	public String nieuwLink() {
		return "/casussen/" + this.casusId + "/gesprekken/nieuw";
	}

	/** The first line of a report, shortened with an ellipsis. */
	static String eersteRegel(String verslag) {
		if (verslag == null) {
			return "";
		}
		String regel = verslag.strip().lines().findFirst().orElse("").strip();
		return (regel.length() > EERSTE_REGEL) ? regel.substring(0, EERSTE_REGEL - 1).strip() + "\u2026" : regel;
	}

	/** A finalised conversation in the list. */
	public record Regel(long id, long casusId, LocalDate datum, GesprekLocatie locatie, String auteur,
			String eersteRegel, boolean gecorrigeerd) {

		public String link() {
			return "/casussen/" + this.casusId + "/gesprekken/" + this.id;
		}

	}

}
