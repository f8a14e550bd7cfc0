package nl.wijkdossier.budget;

/**
 * A spending as typed on the dossier: {@code bedrag} ("125,50"), {@code categorie} (a
 * {@link Categorie} name), {@code datum} (yyyy-MM-dd from the date field) and a short
 * {@code reden}. Text, so that anything typed comes back with a Dutch error.
 */
record UitgaveForm(String bedrag, String categorie, String datum, String reden) {

	static UitgaveForm leeg(String vandaag) {
		return new UitgaveForm("", "", vandaag, "");
	}

}
