package nl.wijkdossier.overleg;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.web.Keuze;
import nl.wijkdossier.verwijzing.Specialisme;

/**
 * The casuïstiekoverleg of a person's teams: the meetings (and planning one), the agenda
 * of one meeting (putting her own case on it, taking an item off), and the page of one
 * agenda item where the discussion is recorded. A refused form comes back with its errors
 * next to the fields (422); a discussion recorded meanwhile by a colleague gives the item
 * page with that discussion (409). A meeting of a team she does not attend does not exist
 * for her (404).
 */
@Controller
@RequestMapping("/overleg")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class OverlegController {

	private static final Logger log = LoggerFactory.getLogger(OverlegController.class);

	private static final String LIJST = "overleg/lijst";

	private static final String AGENDA = "overleg/agenda";

	private static final String PUNT = "overleg/punt";

	private final Overleggen overleggen;

	private final Agendas agendas;

	private final Besprekingen besprekingen;

	private final MessageSource messages;

	OverlegController(Overleggen overleggen, Agendas agendas, Besprekingen besprekingen, MessageSource messages) {
		this.overleggen = overleggen;
		this.agendas = agendas;
		this.besprekingen = besprekingen;
		this.messages = messages;
	}

	@GetMapping
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "team", required = false) Long teamId, Model model) {
		Overleggen.Overzicht overzicht = overzicht(gebruiker, teamId, model);
		Long team = (overzicht.teams().size() == 1) ? Long.valueOf(overzicht.teams().get(0).id()) : overzicht.teamId();
		model.addAttribute("planForm", PlanForm.leeg(team));
		return LIJST;
	}

	@PostMapping
	String plan(@AuthenticationPrincipal WijkdossierUser gebruiker, @ModelAttribute("planForm") PlanForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.overleggen.plan(gebruiker, form.toPlan());
				redirect.addFlashAttribute("melding", "overleg.gemeld.gepland");
				return "redirect:/overleg/" + id;
			}
			catch (OverlegWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		overzicht(gebruiker, null, model);
		return LIJST;
	}

	@GetMapping("/{id}")
	String agenda(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		model.addAttribute("agendeerForm", AgendeerForm.leeg());
		model.addAttribute("agenda", this.agendas.agenda(gebruiker, id));
		return AGENDA;
	}

	@PostMapping("/{id}/agenda")
	String agendeer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("agendeerForm") AgendeerForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long punt = this.agendas.agendeer(gebruiker, id, form.casusId(), form.vraag());
				redirect.addFlashAttribute("melding", "overleg.gemeld.geagendeerd");
				return "redirect:/overleg/" + id + "#punt-" + punt;
			}
			catch (OverlegWeigering geweigerd) {
				geweigerd.meldAan(result, (veld) -> OverlegWeigering.KEUZE.equals(veld) ? "casusId" : veld);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("agendeerFouten", true);
		model.addAttribute("agenda", this.agendas.agenda(gebruiker, id));
		return AGENDA;
	}

	@PostMapping("/{id}/agenda/{puntId}/verwijderen")
	String verwijder(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long puntId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.agendas.haalVanAgenda(gebruiker, id, puntId);
		}
		catch (OverlegWeigering geweigerd) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("fout", geweigerd.fouten().get(0).code());
			model.addAttribute("agendeerForm", AgendeerForm.leeg());
			model.addAttribute("agenda", this.agendas.agenda(gebruiker, id));
			return AGENDA;
		}
		redirect.addFlashAttribute("melding", "overleg.gemeld.vanAgenda");
		return "redirect:/overleg/" + id;
	}

	@GetMapping("/{id}/agenda/{puntId}")
	String punt(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, @PathVariable long puntId,
			Model model) {
		Besprekingen.Pagina pagina = this.besprekingen.pagina(gebruiker, id, puntId);
		model.addAttribute("besprekingForm", BesprekingForm.leeg(pagina.casus().regievoerderId()));
		return punt(pagina, model);
	}

	@PostMapping("/{id}/agenda/{puntId}/bespreking")
	String bespreek(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long puntId, @ModelAttribute("besprekingForm") BesprekingForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.besprekingen.bespreek(gebruiker, id, puntId, form.toInvoer());
				redirect.addFlashAttribute("melding", "overleg.gemeld.besproken");
				return "redirect:/overleg/" + id + "/agenda/" + puntId;
			}
			catch (OverlegWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return punt(this.besprekingen.pagina(gebruiker, id, puntId), model);
	}

	/**
	 * A colleague recorded the discussion first: nothing was written; the page shows
	 * hers.
	 */
	@ExceptionHandler(BesprekingAlVastgelegd.class)
	ModelAndView conflict(BesprekingAlVastgelegd fout, HttpServletRequest request) {
		log.info("Tweede bespreking geweigerd: {}", fout.getMessage());
		@SuppressWarnings("unchecked")
		Map<String, String> pad = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		WijkdossierUser gebruiker = (WijkdossierUser) SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		ModelAndView pagina = new ModelAndView(PUNT);
		Besprekingen.Pagina inhoud = this.besprekingen.pagina(gebruiker, Long.parseLong(pad.get("id")),
				Long.parseLong(pad.get("puntId")));
		pagina.addObject("besprekingForm", BesprekingForm.leeg(inhoud.casus().regievoerderId()));
		pagina.addObject("conflict", true);
		punt(inhoud, pagina.getModelMap());
		pagina.setStatus(HttpStatus.CONFLICT);
		return pagina;
	}

	private Overleggen.Overzicht overzicht(WijkdossierUser gebruiker, Long teamId, Model model) {
		Overleggen.Overzicht overzicht = this.overleggen.overzicht(gebruiker, teamId);
		model.addAttribute("overzicht", overzicht);
		model.addAttribute("teams",
				overzicht.teams().stream().map((t) -> new Keuze(String.valueOf(t.id()), t.naam())).toList());
		return overzicht;
	}

	private String punt(Besprekingen.Pagina pagina, Map<String, Object> model) {
		model.put("pagina", pagina);
		model.put("besluiten", List.of(Besluit.values()));
		model.put("specialismen",
				Arrays.stream(Specialisme.values())
					.map((s) -> new Keuze(s.name(),
							this.messages.getMessage(s.messageKey(), null, LocaleContextHolder.getLocale())))
					.toList());
		return PUNT;
	}

	private String punt(Besprekingen.Pagina pagina, Model model) {
		Map<String, Object> attributen = new java.util.HashMap<>();
		String view = punt(pagina, attributen);
		model.addAllAttributes(attributen);
		return view;
	}

}
