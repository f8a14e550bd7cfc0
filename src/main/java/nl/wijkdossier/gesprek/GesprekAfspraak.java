package nl.wijkdossier.gesprek;

import java.time.LocalDate;

/**
 * An agreement as a conversation makes it: what, who carries it out (a partner by name),
 * and optionally by when. Its status (open, klaar) lives on the dossier afterwards.
 */
public record GesprekAfspraak(String omschrijving, Wie wie, String partner, LocalDate deadline) {

	public GesprekAfspraak {
		if (omschrijving == null || omschrijving.isBlank()) {
			throw new IllegalArgumentException("Een afspraak heeft een omschrijving");
		}
		if (wie == null) {
			throw new IllegalArgumentException("Een afspraak heeft iemand die haar uitvoert");
		}
		if (wie == Wie.PARTNER && (partner == null || partner.isBlank())) {
			throw new IllegalArgumentException("Een afspraak met een partner noemt die partner");
		}
		if (wie != Wie.PARTNER) {
			partner = null;
		}
	}

	/**
	 * Who carries out an agreement; the values are a contract of the form
	 * ({@code afspraken[i].wie}) and a database check.
	 */
	public enum Wie {

		INWONER, MANTELZORGER, WIJKWERKER, PARTNER;

		public String messageKey() {
			return "gesprek.afspraak.wie." + name();
		}

	}

}
