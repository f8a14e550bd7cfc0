package nl.wijkdossier.overleg;

/**
 * A discussion was saved for an agenda item that already has one (a colleague recorded it
 * first): nothing was stored; the page shows the recorded one instead of overwriting it.
 */
class BesprekingAlVastgelegd extends RuntimeException {

	BesprekingAlVastgelegd(long puntId) {
		super("agendapunt " + puntId + " is al besproken");
	}

}
