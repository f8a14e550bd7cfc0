package nl.wijkdossier.gesprek;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;

/**
 * The dossier's "Meldcode huiselijk geweld": the five steps as a checklist with the date
 * and author of each step and a form for the next one; on an open case without a
 * meldcode, only a folded "start the meldcode".
 */
@Component
class MeldcodeOnderdeel implements DossierOnderdeel {

	private final Meldcodes meldcodes;

	private final Clock clock;

	MeldcodeOnderdeel(Meldcodes meldcodes, Clock clock) {
		this.meldcodes = meldcodes;
		this.clock = clock;
	}

	@Override
	public int volgorde() {
		return 35;
	}

	@Override
	public String template() {
		return "gesprek/meldcode";
	}

	@Override
	public MeldcodeOverzicht gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		return new MeldcodeOverzicht(dossier.id(), dossier.isOpen(), this.meldcodes.meldcode(dossier.id()).orElse(null),
				LocalDate.now(this.clock), null);
	}

}
