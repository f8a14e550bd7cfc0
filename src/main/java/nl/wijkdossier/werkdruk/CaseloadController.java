package nl.wijkdossier.werkdruk;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The caseload of the manager's teams ({@code GET /caseload}, filter {@code team},
 * {@code bovenNorm}, sort {@code sorteer}/{@code richting}; with {@code HX-Request} only
 * the figures) and the norm per team ({@code POST /caseload/teams/{teamId}/norm}, fields
 * {@code casussenPerFte} and {@code version}). Only a wijkteammanager: the figures are
 * about his colleagues, so wijkwerkers, the gemeente, beheer and privacy get 403. A team
 * he does not steer is 404, as everywhere.
 */
@Controller
@RequestMapping("/caseload")
@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
class CaseloadController {

	private static final String PAGINA = "werkdruk/caseload";

	private final Caseload caseload;

	private final Normen normen;

	private final MessageSource messages;

	CaseloadController(Caseload caseload, Normen normen, MessageSource messages) {
		this.caseload = caseload;
		this.normen = normen;
		this.messages = messages;
	}

	@GetMapping
	String caseload(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "team", required = false) Long team,
			@RequestParam(name = "bovenNorm", defaultValue = "false") boolean bovenNorm,
			@RequestParam(name = "sorteer", required = false) String sorteer,
			@RequestParam(name = "richting", required = false) String richting,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Caseload.Overzicht overzicht = this.caseload.vanTeams(gebruiker);
		if (team != null && overzicht.teams().stream().noneMatch((t) -> t.id() == team)) {
			throw new NietGevondenException("team " + team);
		}
		Sortering sortering = Sortering.van(sorteer).orElse(Sortering.STANDAARD);
		boolean oplopend = (richting == null) ? sortering.isStandaardOplopend() : !"af".equals(richting);
		model.addAttribute("w", CaseloadWeergave.van(overzicht, team, bovenNorm, sortering, oplopend));
		if (htmx != null) {
			return PAGINA + " :: resultaat";
		}
		return PAGINA;
	}

	@PostMapping("/teams/{teamId}/norm")
	String norm(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long teamId,
			@ModelAttribute("normForm") NormForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.normen.vereisEigenTeam(gebruiker, teamId);
		if (result.hasFieldErrors("version")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Versie is geen getal");
		}
		Optional<BigDecimal> waarde = form.waarde(result);
		if (waarde.isPresent()) {
			try {
				this.normen.zet(gebruiker, teamId, form.version(), waarde.get());
				redirect.addFlashAttribute("melding", "caseload.norm.opgeslagen");
				return "redirect:/caseload";
			}
			catch (OptimisticLockingFailureException ex) {
				model.addAttribute("normConflict", teamId);
				model.addAttribute("normIngevoerd", form.casussenPerFte().strip());
				response.setStatus(HttpStatus.CONFLICT.value());
				return pagina(gebruiker, teamId, model);
			}
		}
		model.addAttribute("normTeamId", teamId);
		model.addAttribute("normFout",
				this.messages.getMessage(result.getFieldError("casussenPerFte"), LocaleContextHolder.getLocale()));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(gebruiker, teamId, model);
	}

	/**
	 * The whole page, unfiltered, as after a fresh visit, with the team whose norm was
	 * refused ({@code normTeam}) for the error summary.
	 */
	private String pagina(WijkdossierUser gebruiker, long teamId, Model model) {
		CaseloadWeergave weergave = CaseloadWeergave.van(this.caseload.vanTeams(gebruiker), null, false,
				Sortering.STANDAARD, Sortering.STANDAARD.isStandaardOplopend());
		model.addAttribute("w", weergave);
		model.addAttribute("normTeam",
				weergave.teams().stream().filter((t) -> t.id() == teamId).findFirst().orElseThrow());
		return PAGINA;
	}

}
