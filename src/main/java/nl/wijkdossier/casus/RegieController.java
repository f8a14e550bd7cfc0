package nl.wijkdossier.casus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;

/**
 * Permanent transfer of regie, by the manager only: one case from its dossier
 * ({@code POST /casussen/{id}/regie}), or several cases of one medewerker at once
 * ({@code /regie/overdragen?van=}, linked from the caseload). The rules live in
 * {@link Regievoering}; here the form: a missing or refused field is shown next to it on
 * the same page (422) and nothing changes, a stale version is the conflict page (409),
 * and a success redirects with a message.
 */
@Controller
@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
class RegieController {

	private static final Logger log = LoggerFactory.getLogger(RegieController.class);

	private static final Set<String> MEDEWERKER_FOUTEN = Set.of("casus.regel.medewerkerNietVanTeam",
			"regie.regel.alRegievoerder");

	private static final Set<String> REDEN_FOUTEN = Set.of("casus.regel.redenVerplicht", "regie.regel.redenTeLang");

	private final Regievoering regievoering;

	private final Dossiers dossiers;

	private final Organisatie organisatie;

	private final RegieOverdracht overdracht;

	RegieController(Regievoering regievoering, Dossiers dossiers, Organisatie organisatie, RegieOverdracht overdracht) {
		this.regievoering = regievoering;
		this.dossiers = dossiers;
		this.organisatie = organisatie;
		this.overdracht = overdracht;
	}

	/**
	 * The transfer of one case on a page of its own (the dossier holds the same form).
	 */
	@GetMapping("/casussen/{id}/regie")
	String formulier(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		RegieForm form = new RegieForm();
		model.addAttribute("regie", form);
		Dossier dossier = vulDossier(gebruiker, id, model);
		form.setVersion(dossier.version());
		return "casus/regie";
	}

	@PostMapping("/casussen/{id}/regie")
	String draagOver(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@Valid @ModelAttribute("regie") RegieForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.regievoering.draagRegieOver(gebruiker, id, form.getVersion(), form.getMedewerkerId(),
						form.getReden());
				redirect.addFlashAttribute("melding", "regie.gemeld.overgedragen");
				return "redirect:/casussen/" + id;
			}
			catch (OngeldigeOvergang fout) {
				wijsToe(result, fout, "medewerkerId", "reden");
			}
		}
		vulDossier(gebruiker, id, model);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "casus/regie";
	}

	/** The open cases of one medewerker, to transfer in bulk. */
	@GetMapping("/regie/overdragen")
	String overzicht(@AuthenticationPrincipal WijkdossierUser gebruiker, @RequestParam("van") long van, Model model) {
		model.addAttribute("form", new RegieOverdrachtForm(van));
		model.addAttribute("overzicht", this.overdracht.lees(gebruiker, van));
		return "casus/regie-overdragen";
	}

	/**
	 * All or nothing: a case that cannot go (the new regievoerder is no member of its
	 * team, it was closed or changed hands meanwhile) is named next to its row, and no
	 * case changes.
	 */
	@PostMapping("/regie/overdragen")
	String draagOver(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@Valid @ModelAttribute("form") RegieOverdrachtForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getVan() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		if (!result.hasErrors()) {
			try {
				int aantal = this.regievoering.draagRegieOver(gebruiker, form.getCasusIds(), form.getVan(),
						form.getNaar(), form.getReden());
				redirect.addFlashAttribute("melding", (aantal == 1) ? "regie.gemeld.bulkEen" : "regie.gemeld.bulkMeer");
				return "redirect:/regie/overdragen?van=" + form.getVan();
			}
			catch (Regievoering.BulkGeweigerd geweigerd) {
				Map<Long, String> perCasus = new LinkedHashMap<>();
				geweigerd.weigeringen().forEach((w) -> perCasus.put(w.casusId(), w.code()));
				model.addAttribute("weigeringen", perCasus);
				result.reject("regie.bulk.geweigerd");
			}
			catch (OngeldigeOvergang fout) {
				wijsToe(result, fout, "naar", "reden");
			}
			catch (OptimisticLockingFailureException fout) {
				log.info("Gelijktijdige wijziging bij regieoverdracht geweigerd: {}", fout.getMessage());
				result.reject("regie.bulk.intussenGewijzigd");
			}
		}
		model.addAttribute("overzicht", this.overdracht.lees(gebruiker, form.getVan()));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "casus/regie-overdragen";
	}

	/**
	 * Someone else changed the case first (a single transfer; the bulk one handles it
	 * itself): the conflict page shows how it is now, nothing of this transfer was
	 * stored.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException fout, HttpServletRequest request) {
		log.info("Gelijktijdige wijziging bij regieoverdracht geweigerd: {}", fout.getMessage());
		ModelAndView pagina = new ModelAndView("casus/conflict");
		pagina.addObject("dossier", this.dossiers.lees(huidigeGebruiker(), casusId(request)));
		pagina.setStatus(HttpStatus.CONFLICT);
		return pagina;
	}

	private Dossier vulDossier(WijkdossierUser gebruiker, long id, Model model) {
		Dossier dossier = this.dossiers.lees(gebruiker, id);
		model.addAttribute("dossier", dossier);
		model.addAttribute("medewerkers", this.organisatie.medewerkersVanTeam(dossier.teamId()));
		return dossier;
	}

	/** A refusal by the rules, shown at the field it is about, or above the form. */
	private static void wijsToe(BindingResult result, OngeldigeOvergang fout, String medewerkerVeld, String redenVeld) {
		if (MEDEWERKER_FOUTEN.contains(fout.code())) {
			result.rejectValue(medewerkerVeld, fout.code());
		}
		else if (REDEN_FOUTEN.contains(fout.code())) {
			result.rejectValue(redenVeld, fout.code());
		}
		else {
			result.reject(fout.code());
		}
	}

	private static long casusId(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variabelen = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return Long.parseLong(variabelen.get("id"));
	}

	private static WijkdossierUser huidigeGebruiker() {
		return (WijkdossierUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
	}

}
