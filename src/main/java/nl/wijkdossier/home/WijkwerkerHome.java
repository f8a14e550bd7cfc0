package nl.wijkdossier.home;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.Werklijst;
import nl.wijkdossier.gesprek.Werkvoorraad;
import nl.wijkdossier.verwijzing.NieuweAntwoorden;

/**
 * Reads what a wijkwerker needs first in the morning — overdue and this week's
 * agreements, her drafts, new answers to referrals, her cases with their next deadline —
 * in one transaction, and logs that read once as {@code WERKLIJST_BEKEKEN} (it shows
 * residents' names; like the wachtlijst, the row names no single resident). Not
 * read-only: the access-log row is written in it.
 */
@Component
class WijkwerkerHome {

	private final Werklijst werklijst;

	private final Werkvoorraad werkvoorraad;

	private final NieuweAntwoorden antwoorden;

	private final ToegangsLog log;

	WijkwerkerHome(Werklijst werklijst, Werkvoorraad werkvoorraad, NieuweAntwoorden antwoorden, ToegangsLog log) {
		this.werklijst = werklijst;
		this.werkvoorraad = werkvoorraad;
		this.antwoorden = antwoorden;
		this.log = log;
	}

	@Transactional
	Overzicht lees(WijkdossierUser gebruiker) {
		Overzicht overzicht = new Overzicht(this.werkvoorraad.afsprakenDezeWeekOfTeLaat(gebruiker),
				this.werkvoorraad.concepten(gebruiker), this.antwoorden.voor(gebruiker),
				this.werklijst.vanMij(gebruiker));
		this.log.ok(Gebeurtenis.WERKLIJST_BEKEKEN, null, null);
		return overzicht;
	}

	/** Everything on her home, the most urgent first. */
	record Overzicht(List<Werkvoorraad.AfspraakTeDoen> afspraken, List<Werkvoorraad.Concept> concepten,
			List<NieuweAntwoorden.Antwoord> antwoorden, Werklijst.Overzicht werklijst) {

		public long teLaat() {
			return this.afspraken.stream().filter(Werkvoorraad.AfspraakTeDoen::isTeLaat).count();
		}

	}

}
