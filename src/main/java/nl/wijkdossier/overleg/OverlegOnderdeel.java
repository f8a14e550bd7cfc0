package nl.wijkdossier.overleg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;
import nl.wijkdossier.overleg.CasusOverleggen.Agendering;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The "Casuïstiekoverleg" section of the dossier: on which agendas the case stood or
 * stands, with the question and the decision (and who follows it up), and — while the
 * case is open — a small form to put it on a coming meeting of its team. Called after the
 * dossier was read within scope and logged; reads by case id.
 */
@Component
class OverlegOnderdeel implements DossierOnderdeel {

	private final CasusOverleggen casusOverleggen;

	private final OverlegToegang toegang;

	private final Clock clock;

	OverlegOnderdeel(CasusOverleggen casusOverleggen, OverlegToegang toegang, Clock clock) {
		this.casusOverleggen = casusOverleggen;
		this.toegang = toegang;
		this.clock = clock;
	}

	@Override
	public int volgorde() {
		return 45;
	}

	@Override
	public String template() {
		return "overleg/dossier-overleg";
	}

	@Override
	@Transactional(readOnly = true)
	public Object gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		Long[] teams = OverlegToegang.ids(this.toegang.mijnTeams(gebruiker));
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Keuze> keuzes = dossier.isOpen() ? this.casusOverleggen.keuzes(dossier.id(), teams, vandaag) : List.of();
		return new Gegevens(dossier.id(), dossier.isOpen(), this.casusOverleggen.agenderingen(dossier.id()), keuzes,
				Arrays.stream(teams).collect(Collectors.toSet()), vandaag);
	}

	/**
	 * What the section shows; {@code mijnTeams}: the meetings the viewer may open (the
	 * others are shown without a link).
	 */
	record Gegevens(long casusId, boolean open, List<Agendering> agenderingen, List<Keuze> keuzes, Set<Long> mijnTeams,
			LocalDate vandaag) {

		public boolean kanOpenen(Agendering agendering) {
			return this.mijnTeams.contains(agendering.teamId());
		}

		/** Still to be discussed: on the agenda of a meeting that has not passed. */
		public boolean isKomend(Agendering agendering) {
			return !agendering.isBesproken() && !agendering.datum().isBefore(this.vandaag);
		}

	}

}
