package nl.wijkdossier.verwijzing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.web.Keuze;

/**
 * Referrals on a case: the picker (nearby and informal first; htmx swaps the options
 * while the user types, the search button does the same without JavaScript), sending, and
 * the page of one referral with only its next valid step. A refused form comes back with
 * its errors next to the fields (422); a stale version gives the conflict page with the
 * referral as it is now (409). Every route reads the case within the user's scope first.
 */
@Controller
@RequestMapping("/casussen/{id}/verwijzingen")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class VerwijzingController {

	private static final Logger log = LoggerFactory.getLogger(VerwijzingController.class);

	private static final String NIEUW = "verwijzing/nieuw";

	private static final String PAGINA = "verwijzing/verwijzing";

	/** The longest search text worth searching for. */
	private static final int MAXIMUM_ZOEKTEKST = 100;

	private final Verwijzingen verwijzingen;

	private final MessageSource messages;

	VerwijzingController(Verwijzingen verwijzingen, MessageSource messages) {
		this.verwijzingen = verwijzingen;
		this.messages = messages;
	}

	/**
	 * The referral form; with {@code HX-Request} only the options for the filter (the
	 * list the search swaps).
	 */
	@GetMapping("/nieuw")
	String nieuw(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam(name = "gesprek", required = false) Long gesprekId,
			@RequestParam(name = "soort", required = false) String soort,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "voorzieningId", required = false) Long gekozen,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("form", VerwijzingForm.leeg(gesprekId));
		pagina(gebruiker, id, gesprekId, soort, q, gekozen, model);
		return (htmx != null) ? NIEUW + " :: keuzes" : NIEUW;
	}

	@PostMapping
	String verwijs(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("form") VerwijzingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long verwijzingId = this.verwijzingen.verwijs(gebruiker, id, form.toOpdracht());
				redirect.addFlashAttribute("melding", "verwijzing.gemeld.verstuurd");
				return "redirect:" + Verwijzingen.pad(id, verwijzingId);
			}
			catch (Weigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("voorzieningFout", result.hasFieldErrors("voorzieningId"));
		pagina(gebruiker, id, form.gesprekId(), null, null, form.voorzieningId(), model);
		return NIEUW;
	}

	@GetMapping("/{verwijzingId}")
	String toon(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long verwijzingId, Model model) {
		Verwijzingen.Detail detail = this.verwijzingen.lees(gebruiker, id, verwijzingId);
		long version = detail.verwijzing().version();
		model.addAttribute("antwoordForm", new AntwoordForm(null, "", version));
		model.addAttribute("afrondForm", new AfrondForm("", version));
		model.addAttribute("detail", detail);
		return PAGINA;
	}

	@PostMapping("/{verwijzingId}/antwoord")
	String antwoord(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long verwijzingId, @ModelAttribute("antwoordForm") AntwoordForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.verwijzingen.beantwoord(gebruiker, id, verwijzingId, versie(form.version()), form.antwoordStatus(),
					form.afwijsreden());
		}
		catch (Weigering geweigerd) {
			geweigerd.meldAan(result);
			return opnieuw(gebruiker, id, verwijzingId, result, model, response);
		}
		redirect.addFlashAttribute("melding", "verwijzing.gemeld.beantwoord");
		return "redirect:" + Verwijzingen.pad(id, verwijzingId);
	}

	@PostMapping("/{verwijzingId}/afronden")
	String rondAf(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long verwijzingId, @ModelAttribute("afrondForm") AfrondForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.verwijzingen.rondAf(gebruiker, id, verwijzingId, versie(form.version()), form.terugkoppeling());
		}
		catch (Weigering geweigerd) {
			geweigerd.meldAan(result);
			return opnieuw(gebruiker, id, verwijzingId, result, model, response);
		}
		redirect.addFlashAttribute("melding", "verwijzing.gemeld.afgerond");
		return "redirect:" + Verwijzingen.pad(id, verwijzingId);
	}

	@PostMapping("/{verwijzingId}/gezien")
	String gezien(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long verwijzingId, @RequestParam(required = false) Long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.verwijzingen.markeerGezien(gebruiker, id, verwijzingId, versie(version));
		}
		catch (Weigering geweigerd) {
			model.addAttribute("fout", geweigerd.fouten().get(0).code());
			return opnieuw(gebruiker, id, verwijzingId, model, response);
		}
		redirect.addFlashAttribute("melding", "verwijzing.gemeld.gezien");
		return "redirect:" + Verwijzingen.pad(id, verwijzingId);
	}

	/**
	 * Someone else recorded a step first: nothing was written; the conflict page shows
	 * the referral as it is now.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException fout, HttpServletRequest request) {
		log.info("Gelijktijdige wijziging van verwijzing geweigerd: {}", fout.getMessage());
		Map<String, String> pad = padVariabelen(request);
		WijkdossierUser gebruiker = (WijkdossierUser) SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		ModelAndView pagina = new ModelAndView("verwijzing/conflict");
		pagina.addObject("detail", this.verwijzingen.lees(gebruiker, Long.parseLong(pad.get("id")),
				Long.parseLong(pad.get("verwijzingId"))));
		pagina.setStatus(HttpStatus.CONFLICT);
		return pagina;
	}

	/**
	 * The referral page again, with the refused step's errors and what was typed (422).
	 */
	private String opnieuw(WijkdossierUser gebruiker, long id, long verwijzingId, BindingResult result, Model model,
			HttpServletResponse response) {
		if (result.hasGlobalErrors()) {
			model.addAttribute("fout", result.getGlobalError().getCode());
		}
		return opnieuw(gebruiker, id, verwijzingId, model, response);
	}

	private String opnieuw(WijkdossierUser gebruiker, long id, long verwijzingId, Model model,
			HttpServletResponse response) {
		Verwijzingen.Detail detail = this.verwijzingen.lees(gebruiker, id, verwijzingId);
		long version = detail.verwijzing().version();
		if (!model.containsAttribute("antwoordForm")) {
			model.addAttribute("antwoordForm", new AntwoordForm(null, "", version));
		}
		if (!model.containsAttribute("afrondForm")) {
			model.addAttribute("afrondForm", new AfrondForm("", version));
		}
		model.addAttribute("detail", detail);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return PAGINA;
	}

	private void pagina(WijkdossierUser gebruiker, long id, Long gesprekId, String soort, String q, Long gekozen,
			Model model) {
		VoorzieningSoort filter = Arrays.stream(VoorzieningSoort.values())
			.filter((s) -> s.name().equals(soort))
			.findFirst()
			.orElse(null);
		String tekst = (q != null) ? q.strip() : "";
		if (tekst.length() > MAXIMUM_ZOEKTEKST) {
			tekst = tekst.substring(0, MAXIMUM_ZOEKTEKST);
		}
		Verwijzingen.Formulier formulier = this.verwijzingen.formulier(gebruiker, id, gesprekId, filter, tekst,
				gekozen);
		model.addAttribute("formulier", formulier);
		model.addAttribute("kop", formulier.kop());
		model.addAttribute("soort", (filter != null) ? filter.name() : "");
		model.addAttribute("q", tekst);
		model.addAttribute("gekozen", gekozen);
		model.addAttribute("soorten", soorten());
		model.addAttribute("specialismen",
				Arrays.stream(Specialisme.values()).map((s) -> new Keuze(s.name(), tekst(s.messageKey()))).toList());
	}

	private List<Keuze> soorten() {
		return Arrays.stream(VoorzieningSoort.values()).map((s) -> new Keuze(s.name(), tekst(s.messageKey()))).toList();
	}

	private String tekst(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	/**
	 * The version a step carries. A form without one cannot show it is current: a bad
	 * request, not a guess.
	 */
	private static long versie(Long version) {
		if (version == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Versie ontbreekt");
		}
		return version;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> padVariabelen(HttpServletRequest request) {
		return (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
	}

}
