package nl.wijkdossier.gesprek;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;

/**
 * The dossier's "Gesprekken", the first section after the case: log a conversation (not
 * on a closed case), continue one's own drafts, open the finalised conversations.
 */
@Component
class GesprekkenOnderdeel implements DossierOnderdeel {

	private final Gesprekken gesprekken;

	GesprekkenOnderdeel(Gesprekken gesprekken) {
		this.gesprekken = gesprekken;
	}

	@Override
	public int volgorde() {
		return 10;
	}

	@Override
	public String template() {
		return "gesprek/dossier-gesprekken";
	}

	@Override
	public GesprekkenOverzicht gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		return this.gesprekken.overzicht(gebruiker, dossier.id(), dossier.isOpen());
	}

}
