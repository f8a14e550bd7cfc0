package nl.wijkdossier.overleg;

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
import nl.wijkdossier.overleg.OverlegWeigering.Fout;

/**
 * Putting a case on an agenda from its dossier: the dossier's section posts the chosen
 * coming meeting and the question here; success returns to the dossier, a refused form
 * comes back on a page of its own with the errors next to the fields (422). The case is
 * read within the user's scope first (else 404).
 */
@Controller
@RequestMapping("/casussen/{id}/overleg")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class DossierOverlegController {

	private static final String PAGINA = "overleg/agenderen";

	private final Agendas agendas;

	DossierOverlegController(Agendas agendas) {
		this.agendas = agendas;
	}

	@GetMapping
	String formulier(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		model.addAttribute("agendeerForm", AgendeerForm.leeg());
		model.addAttribute("agenderen", this.agendas.agenderen(gebruiker, id));
		return PAGINA;
	}

	@PostMapping
	String agendeer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("agendeerForm") AgendeerForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				if (form.overlegId() == null) {
					java.util.List<Fout> fouten = new java.util.ArrayList<>();
					fouten.add(new Fout("overlegId", "overleg.fout.overlegKiezen"));
					Agendas.vraag(fouten, OverlegInvoer.tekst(form.vraag()));
					throw new OverlegWeigering(fouten);
				}
				this.agendas.agendeer(gebruiker, form.overlegId(), id, form.vraag());
				redirect.addFlashAttribute("melding", "overleg.gemeld.geagendeerd");
				return "redirect:/casussen/" + id + "#casuistiekoverleg";
			}
			catch (OverlegWeigering geweigerd) {
				geweigerd.meldAan(result, (veld) -> OverlegWeigering.KEUZE.equals(veld) ? "overlegId" : veld);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("agenderen", this.agendas.agenderen(gebruiker, id));
		return PAGINA;
	}

}
