package nl.wijkdossier.budget;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The "Maatwerkbudget" section of the dossier: the case's spendings (withdrawn ones
 * struck through, with why), what the team has left this year, and — while the case is
 * open — the form for a new spending. Called after the dossier was read within scope and
 * logged; two queries by case and team id.
 */
@Component
class MaatwerkOnderdeel implements DossierOnderdeel {

	private final Uitgaven uitgaven;

	private final Budgetten budgetten;

	private final MessageSource messages;

	private final Clock clock;

	MaatwerkOnderdeel(Uitgaven uitgaven, Budgetten budgetten, MessageSource messages, Clock clock) {
		this.uitgaven = uitgaven;
		this.budgetten = budgetten;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public int volgorde() {
		return 50;
	}

	@Override
	public String template() {
		return "budget/dossier-maatwerk";
	}

	@Override
	@Transactional(readOnly = true)
	public Object gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		return gegevens(dossier.id(), dossier.teamId(), dossier.teamNaam(), dossier.isOpen());
	}

	/** The same for the spending page of a case. */
	Gegevens gegevens(long casusId, long teamId, String teamNaam, boolean open) {
		LocalDate vandaag = LocalDate.now(this.clock);
		Budgetten.TeamBudget budget = this.budgetten.perTeam(List.of(teamId), vandaag.getYear()).get(0);
		return new Gegevens(casusId, open, teamNaam, vandaag, budget, this.uitgaven.vanCasus(casusId), categorieen());
	}

	List<Keuze> categorieen() {
		return Arrays.stream(Categorie.values())
			.map((c) -> new Keuze(c.name(),
					this.messages.getMessage(c.messageKey(), null, LocaleContextHolder.getLocale())))
			.toList();
	}

	/**
	 * What the section shows: {@code budget} is the team's year of today (the year a new
	 * spending of today counts in).
	 */
	record Gegevens(long casusId, boolean open, String teamNaam, LocalDate vandaag, Budgetten.TeamBudget budget,
			List<Uitgaven.Uitgave> uitgaven, List<Keuze> categorieen) {

		public int jaar() {
			return this.vandaag.getYear();
		}

	}

}
