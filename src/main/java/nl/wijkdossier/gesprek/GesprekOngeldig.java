package nl.wijkdossier.gesprek;

import java.util.List;

/**
 * A conversation or correction that breaks a rule: nothing was stored (the transaction
 * rolls back); the page shows each error at its field.
 */
class GesprekOngeldig extends RuntimeException {

	private final List<GesprekRegels.Fout> fouten;

	GesprekOngeldig(List<GesprekRegels.Fout> fouten) {
		super("gesprek ongeldig: " + fouten);
		this.fouten = List.copyOf(fouten);
	}

	List<GesprekRegels.Fout> fouten() {
		return this.fouten;
	}

}
