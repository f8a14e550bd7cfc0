package nl.wijkdossier.gesprek;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;

/**
 * The dossier's "Afspraken": open agreements first, recently done ones folded away, each
 * with the conversation that made it and, on an open case, "klaar" or "heropenen".
 */
@Component
class AfsprakenOnderdeel implements DossierOnderdeel {

	private final Afspraken afspraken;

	AfsprakenOnderdeel(Afspraken afspraken) {
		this.afspraken = afspraken;
	}

	@Override
	public int volgorde() {
		return 30;
	}

	@Override
	public String template() {
		return "gesprek/afspraken";
	}

	@Override
	public AfsprakenOverzicht gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		return this.afspraken.overzicht(dossier.id(), dossier.isOpen());
	}

}
