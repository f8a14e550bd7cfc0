package nl.wijkdossier.casus;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Casussen.BsnVanAndereInwoner;
import nl.wijkdossier.inwoner.InwonerInfo;

/**
 * "Gegevens wijzigen": the resident of a case, reached through the case (so within the
 * user's scope). The form carries the version the user saw; when a colleague saved first,
 * nothing is written and the conflict page (409) shows, field by field, what is stored
 * now next to what this user typed. Changing the postcode does not move the case to
 * another team.
 */
@Controller
@RequestMapping("/casussen/{id}/inwoner")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class InwonerController {

	private static final Logger log = LoggerFactory.getLogger(InwonerController.class);

	private static final String PAGINA = "casus/inwoner";

	private final Casussen casussen;

	private final Clock clock;

	InwonerController(Casussen casussen, Clock clock) {
		this.casussen = casussen;
		this.clock = clock;
	}

	@GetMapping
	String formulier(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		InwonerInfo inwoner = this.casussen.inwonerVan(gebruiker, id);
		model.addAttribute("form", InwonerForm.van(inwoner));
		return pagina(model, id, inwoner);
	}

	@PostMapping
	String wijzig(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@Valid @ModelAttribute("form") InwonerForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.controleerInwoner(result, this.clock);
		if (result.hasErrors()) {
			return opnieuw(gebruiker, id, model);
		}
		List<String> gewijzigd;
		try {
			gewijzigd = this.casussen.wijzigInwoner(gebruiker, id, form.getVersion(), form.toGegevens());
		}
		catch (BsnVanAndereInwoner ex) {
			result.rejectValue("bsn", "inwoner.fout.bsnVanAnder");
			return opnieuw(gebruiker, id, model);
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("Gelijktijdige wijziging van inwoner geweigerd: {}", ex.getMessage());
			InwonerInfo nu = this.casussen.inwonerVan(gebruiker, id);
			model.addAttribute("casusId", id);
			model.addAttribute("inwoner", nu);
			model.addAttribute("regels", InwonerVergelijking.van(nu, form.toGegevens()));
			response.setStatus(HttpStatus.CONFLICT.value());
			return "casus/inwoner-conflict";
		}
		redirect.addFlashAttribute("melding",
				gewijzigd.isEmpty() ? "inwoner.gemeld.ongewijzigd" : "inwoner.gemeld.gewijzigd");
		return "redirect:/casussen/" + id;
	}

	/**
	 * The form again with the errors and what the user typed (and the version she saw, so
	 * a colleague's save in between is still detected).
	 */
	private String opnieuw(WijkdossierUser gebruiker, long id, Model model) {
		return pagina(model, id, this.casussen.inwonerVan(gebruiker, id));
	}

	private static String pagina(Model model, long casusId, InwonerInfo inwoner) {
		model.addAttribute("casusId", casusId);
		model.addAttribute("inwoner", inwoner);
		return PAGINA;
	}

}
