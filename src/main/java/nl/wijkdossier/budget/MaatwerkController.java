package nl.wijkdossier.budget;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;

/**
 * Maatwerk spending on a case: the dossier's section posts a new spending ({@code POST
 * /casussen/{id}/maatwerk}, fields {@code bedrag}, {@code categorie}, {@code datum},
 * {@code reden}) or a withdrawal ({@code POST
 * /casussen/{id}/maatwerk/{uitgaveId}/intrekken}, field {@code intrekreden}); success
 * returns to the dossier with a message (a warning when the team's budget is exceeded), a
 * refused form comes back on the case's spending page with the errors next to the fields
 * (422). The case is read within the user's scope first (else 404); the gemeente, beheer
 * and privacy get 403.
 */
@Controller
@RequestMapping("/casussen/{id}/maatwerk")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class MaatwerkController {

	private static final String PAGINA = "budget/maatwerk";

	private final Uitgaven uitgaven;

	private final MaatwerkOnderdeel onderdeel;

	private final Dossiers dossiers;

	MaatwerkController(Uitgaven uitgaven, MaatwerkOnderdeel onderdeel, Dossiers dossiers) {
		this.uitgaven = uitgaven;
		this.onderdeel = onderdeel;
		this.dossiers = dossiers;
	}

	@GetMapping
	String pagina(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		return pagina(gebruiker, id, model, null);
	}

	@PostMapping
	String registreer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("uitgaveForm") UitgaveForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			Budgetten.TeamBudget na = this.uitgaven.registreer(gebruiker, id, form);
			redirect.addFlashAttribute("melding", (na.budget() == null) ? "budget.gemeld.geregistreerdZonderBudget"
					: na.isOverschreden() ? "budget.gemeld.geregistreerdBovenBudget" : "budget.gemeld.geregistreerd");
			return "redirect:/casussen/" + id + "#maatwerkbudget";
		}
		catch (BudgetWeigering geweigerd) {
			geweigerd.meldAan(result);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(gebruiker, id, model, null);
	}

	@PostMapping("/{uitgaveId}/intrekken")
	String trekIn(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long uitgaveId, @ModelAttribute("intrekForm") IntrekForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.uitgaven.trekIn(gebruiker, id, uitgaveId, form);
			redirect.addFlashAttribute("melding", "budget.gemeld.ingetrokken");
			return "redirect:/casussen/" + id + "#maatwerkbudget";
		}
		catch (BudgetWeigering geweigerd) {
			geweigerd.meldAan(result);
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(gebruiker, id, model, uitgaveId);
	}

	/**
	 * The case's spending page: its head (read within scope and logged), the spendings
	 * and the forms; {@code intrekken} the spending whose withdrawal was refused.
	 */
	private String pagina(WijkdossierUser gebruiker, long id, Model model, Long intrekken) {
		CasusKop kop = this.dossiers.kop(gebruiker, id, Gebeurtenis.CASUS_BEKEKEN);
		MaatwerkOnderdeel.Gegevens gegevens = this.onderdeel.gegevens(id, kop.teamId(), kop.teamNaam(),
				!kop.isAfgesloten());
		if (!model.containsAttribute("uitgaveForm")) {
			model.addAttribute("uitgaveForm", UitgaveForm.leeg(gegevens.vandaag().toString()));
		}
		if (!model.containsAttribute("intrekForm")) {
			model.addAttribute("intrekForm", IntrekForm.leeg());
		}
		model.addAttribute("kop", kop);
		model.addAttribute("intrekken", intrekken);
		model.addAttribute("gegevens", gegevens);
		return PAGINA;
	}

}
