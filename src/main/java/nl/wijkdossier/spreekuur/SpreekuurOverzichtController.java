package nl.wijkdossier.spreekuur;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The managers' overview of the spreekuren of their teams: visits per spreekuur per week,
 * topics, results, duration and aanmeldingen, as tables and small charts. Only a
 * wijkteammanager, for the teams he steers: the figures are about his teams' work and
 * visits, so beheer (schedules only), wijkwerkers and the gemeente (aggregates in its own
 * report) get 403. A team outside his own is 404, as everywhere. The filter refreshes the
 * figures with htmx; without JavaScript the same handler renders the whole page.
 */
@Controller
@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
class SpreekuurOverzichtController {

	private final SpreekuurOverzicht overzicht;

	private final Organisatie organisatie;

	private final MessageSource messages;

	SpreekuurOverzichtController(SpreekuurOverzicht overzicht, Organisatie organisatie, MessageSource messages) {
		this.overzicht = overzicht;
		this.organisatie = organisatie;
		this.messages = messages;
	}

	@GetMapping("/spreekuren/overzicht")
	String overzicht(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "weken", required = false) Integer weken,
			@RequestParam(name = "team", required = false) Long team,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		int periode = (weken != null) ? weken : SpreekuurOverzicht.STANDAARD_WEKEN;
		if (!SpreekuurOverzicht.PERIODES.contains(periode)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Periode van 4, 8 of 13 weken");
		}
		List<TeamInfo> teams = this.organisatie.teamsVan(gebruiker);
		List<Long> gekozen = teams.stream().map(TeamInfo::id).filter((id) -> team == null || id.equals(team)).toList();
		if (team != null && gekozen.isEmpty()) {
			throw new NietGevondenException("team " + team);
		}
		SpreekuurOverzicht.Overzicht cijfers = this.overzicht.laatsteWeken(gekozen, periode);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("overzicht", cijfers);
		Map<Long, String> namen = new HashMap<>();
		for (SpreekuurOverzicht.SpreekuurCijfers s : cijfers.spreekuren()) {
			namen.put(s.spreekuur().id(), naam(s.spreekuur(), locale));
		}
		model.addAttribute("namen", namen);
		model.addAttribute("grafiek", SpreekuurOverzichtGrafiek.van(cijfers,
				(s, reeks) -> label(s, namen.get(s.spreekuur().id()), reeks, locale)));
		model.addAttribute("weken", periode);
		model.addAttribute("team", team);
		model.addAttribute("teams", teams);
		model.addAttribute("periodes", SpreekuurOverzicht.PERIODES);
		model.addAttribute("onderwerpen", SpreekuurOverzicht.Onderwerp.values());
		model.addAttribute("resultaten", SpreekuurOverzicht.Resultaat.values());
		if (htmx != null) {
			return "spreekuur/overzicht :: resultaat";
		}
		return "spreekuur/overzicht";
	}

	/**
	 * "Inloopspreekuur, Buurthuis De Schakel, dinsdag 09:00": which of a team's
	 * spreekuren.
	 */
	private String naam(SpreekuurOverzicht.SpreekuurKop info, Locale locale) {
		return this.messages
			.getMessage("spreekuuroverzicht.spreekuur.naam",
					new Object[] { this.messages.getMessage(info.soortKey(), null, locale), info.locatie(),
							this.messages.getMessage(info.weekdagKey(), null, locale), info.begin().toString() },
					locale);
	}

	/**
	 * "Bezoeken per week, Wijkteam Stad Centrum, Inloopspreekuur, Buurthuis De Schakel,
	 * maandag 09:00: week 10: 12; week 11: 9. Totaal 21." — what a screen reader says for
	 * one chart.
	 */
	private String label(SpreekuurOverzicht.SpreekuurCijfers spreekuur, String naam,
			List<SpreekuurOverzicht.WeekCijfers> reeks, Locale locale) {
		List<String> weken = new ArrayList<>();
		for (SpreekuurOverzicht.WeekCijfers week : reeks) {
			weken.add(this.messages.getMessage("spreekuuroverzicht.grafiek.week",
					new Object[] { week.week().nummer(), week.cijfers().bezoeken() }, locale));
		}
		return this.messages.getMessage("spreekuuroverzicht.grafiek.label",
				new Object[] { spreekuur.spreekuur().teamNaam() + ", " + naam, String.join("; ", weken),
						spreekuur.totaal().bezoeken() },
				locale);
	}

}
