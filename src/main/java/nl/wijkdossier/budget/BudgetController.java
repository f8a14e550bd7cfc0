package nl.wijkdossier.budget;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.budget.BudgetVaststelling.BudgetIntussenGewijzigd;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The maatwerkbudget per team of a year ({@code GET /budget?jaar=}): budget, spent and
 * remaining per team and per cluster, aggregates only — no case, no reason. The gemeente
 * sees every active team and sets a budget ({@code POST /budget}, fields {@code teamId},
 * {@code jaar}, {@code bedrag}, {@code version}); a manager sees his own teams,
 * read-only. Wijkwerkers, beheer and privacy get 403. A refused amount comes back next to
 * its field (422); a budget changed by someone else in the meantime is never overwritten
 * (409).
 */
@Controller
@RequestMapping("/budget")
@PreAuthorize("hasAnyRole('GEMEENTE', 'WIJKTEAMMANAGER')")
class BudgetController {

	private static final String PAGINA = "budget/overzicht";

	private final Budgetten budgetten;

	private final BudgetVaststelling vaststelling;

	private final Organisatie organisatie;

	private final MessageSource messages;

	private final Clock clock;

	BudgetController(Budgetten budgetten, BudgetVaststelling vaststelling, Organisatie organisatie,
			MessageSource messages, Clock clock) {
		this.budgetten = budgetten;
		this.vaststelling = vaststelling;
		this.organisatie = organisatie;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String overzicht(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "jaar", required = false) Integer jaar, Model model) {
		return pagina(gebruiker, geldig(jaar), model);
	}

	@PostMapping
	@PreAuthorize("hasRole('GEMEENTE')")
	String zet(@AuthenticationPrincipal WijkdossierUser gebruiker, @ModelAttribute("budgetForm") BudgetForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors() || form.teamId() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Team, jaar of versie ongeldig");
		}
		int jaar = geldig(form.jaar());
		long teamId = form.teamId();
		if (this.organisatie.team(teamId).isEmpty()) {
			throw new NietGevondenException("team " + teamId);
		}
		Optional<BigDecimal> bedrag = bedrag(form.bedrag());
		String fout = null;
		if (bedrag.isPresent()) {
			try {
				this.vaststelling.zet(gebruiker, teamId, jaar, form.version(), bedrag.get());
				redirect.addFlashAttribute("melding", "budget.gemeld.vastgesteld");
				return "redirect:/budget?jaar=" + jaar;
			}
			catch (BudgetIntussenGewijzigd ex) {
				model.addAttribute("conflictTeamId", teamId);
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		else {
			fout = foutcode(form.bedrag());
			model.addAttribute("foutTeamId", teamId);
			model.addAttribute("foutMelding", this.messages.getMessage(fout,
					new Object[] { Bedragen.invoer(BudgetVaststelling.MAXIMUM) }, LocaleContextHolder.getLocale()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		model.addAttribute("ingevoerdTeamId", teamId);
		model.addAttribute("ingevoerd", (form.bedrag() != null) ? form.bedrag().strip() : "");
		return pagina(gebruiker, jaar, model);
	}

	private String pagina(WijkdossierUser gebruiker, int jaar, Model model) {
		boolean gemeente = gebruiker.heeftRol(Rol.GEMEENTE);
		List<TeamInfo> teams = gemeente ? this.organisatie.teams().stream().filter(TeamInfo::actief).toList()
				: this.organisatie.teamsVan(gebruiker);
		BudgetOverzicht overzicht = BudgetOverzicht.van(jaar, teams,
				this.budgetten.metVersie(teams.stream().map(TeamInfo::id).toList(), jaar));
		model.addAttribute("overzicht", overzicht);
		model.addAttribute("bewerkbaar", gemeente);
		int ditJaar = LocalDate.now(this.clock).getYear();
		model.addAttribute("jaren",
				IntStream.rangeClosed(Math.min(jaar, ditJaar - 4), Math.max(jaar, ditJaar + 1))
					.boxed()
					.sorted(java.util.Comparator.reverseOrder())
					.toList());
		Object conflict = model.getAttribute("conflictTeamId");
		if (conflict != null) {
			model.addAttribute("conflictTeam", overzicht.team((Long) conflict).orElse(null));
		}
		return PAGINA;
	}

	/** A year worth showing; anything else is a bad link, not a page. */
	private int geldig(Integer jaar) {
		int ditJaar = LocalDate.now(this.clock).getYear();
		if (jaar == null) {
			return ditJaar;
		}
		if (jaar < 2000 || jaar > ditJaar + 5) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Jaar buiten bereik");
		}
		return jaar;
	}

	private static Optional<BigDecimal> bedrag(String invoer) {
		return Bedragen.lees(invoer).filter((b) -> b.compareTo(BudgetVaststelling.MAXIMUM) <= 0);
	}

	private static String foutcode(String invoer) {
		if (invoer == null || invoer.isBlank()) {
			return "budget.fout.budgetVerplicht";
		}
		if (Bedragen.lees(invoer).isEmpty()) {
			return invoer.strip().startsWith("-") ? "budget.fout.budgetNegatief" : "budget.fout.geenBedrag";
		}
		return "budget.fout.budgetTeHoog";
	}

}
