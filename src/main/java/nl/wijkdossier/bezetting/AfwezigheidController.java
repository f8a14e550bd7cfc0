package nl.wijkdossier.bezetting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
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
import nl.wijkdossier.bezetting.AfwezigheidOverzicht.AfwezigheidRegel;
import nl.wijkdossier.bezetting.AfwezigheidOverzicht.Detail;
import nl.wijkdossier.bezetting.AfwezigheidOverzicht.Medewerker;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Absence and cover. A manager sees the running and coming absences of his teams with
 * their cover day by day, registers any type (also a past illness), opens one absence to
 * appoint an invaller from the cluster (suggested by lowest caseload per FTE; the list
 * follows the chosen period through htmx, same handler) and changes or withdraws it. A
 * wijkwerker registers her own holiday, leave or training, changes or withdraws it, and
 * sees her invallen and her team's absent colleagues ("afwezig", never the type). An
 * absence of someone else's team does not exist for a manager (404), one absence's page
 * not for a wijkwerker. Refused input comes back next to its field (422, nothing stored);
 * a stale version gives the conflict page (409).
 */
@Controller
@RequestMapping("/afwezigheid")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class AfwezigheidController {

	private static final Logger log = LoggerFactory.getLogger(AfwezigheidController.class);

	private static final String LIJST = "redirect:/afwezigheid";

	private final Positie.Bepaling posities;

	private final AfwezigheidOverzicht overzicht;

	private final Afwezigheidsbeheer beheer;

	private final MessageSource messages;

	AfwezigheidController(Positie.Bepaling posities, AfwezigheidOverzicht overzicht, Afwezigheidsbeheer beheer,
			MessageSource messages) {
		this.posities = posities;
		this.overzicht = overzicht;
		this.beheer = beheer;
		this.messages = messages;
	}

	@GetMapping
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "medewerker", required = false) Long medewerker, Model model) {
		return lijst(this.posities.van(gebruiker), medewerker, model);
	}

	@GetMapping("/nieuw")
	String nieuw(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "medewerker", required = false) Long medewerker, Model model) {
		Positie ik = this.posities.van(gebruiker);
		AfwezigheidForm form = new AfwezigheidForm();
		form.setMedewerkerId(ik.isManager() ? medewerker : ik.medewerkerId());
		form.setVan(ik.vandaag());
		model.addAttribute("form", form);
		return formulier(ik, model);
	}

	@PostMapping
	String registreer(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@Valid @ModelAttribute("form") AfwezigheidForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Positie ik = this.posities.van(gebruiker);
		if (!result.hasErrors()) {
			try {
				long id = this.beheer.registreer(ik, form.toInvoer());
				redirect.addFlashAttribute("melding", "afwezigheid.gemeld.geregistreerd");
				return ik.isManager() ? "redirect:/afwezigheid/" + id : LIJST;
			}
			catch (AfwezigheidWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulier(ik, model);
	}

	/**
	 * One absence for its manager; with {@code HX-Request} only who could cover the
	 * chosen period.
	 */
	@GetMapping("/{id}")
	String afwezigheid(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam(name = "van", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
			@RequestParam(name = "tot", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Positie ik = this.posities.van(gebruiker);
		Detail detail = this.overzicht.detail(ik, id, van, tot)
			.orElseThrow(() -> new NietGevondenException("afwezigheid"));
		InvalForm form = new InvalForm();
		form.setVan(detail.periodeVan());
		form.setTot(detail.periodeTot());
		form.setVersion(detail.afwezigheid().version());
		model.addAttribute("invalForm", form);
		if (htmx != null) {
			model.addAttribute("detail", detail);
			return "bezetting/afwezigheid :: kandidaten";
		}
		return detail(ik, detail, model);
	}

	@PostMapping("/{id}/inval")
	String wijsAan(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@Valid @ModelAttribute("invalForm") InvalForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Positie ik = this.posities.van(gebruiker);
		versieVerplicht(result);
		if (!result.hasErrors()) {
			try {
				this.beheer.wijsInvallerAan(ik, id, form.getVersion(), form.toInvoer());
				redirect.addFlashAttribute("melding", "inval.gemeld.aangewezen");
				return "redirect:/afwezigheid/" + id;
			}
			catch (AfwezigheidWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		Detail detail = this.overzicht.detail(ik, id, form.getVan(), form.getTot())
			.orElseThrow(() -> new NietGevondenException("afwezigheid"));
		FieldError invaller = result.getFieldError("invallerId");
		model.addAttribute("invallerFout", (invaller != null) ? tekst(invaller) : null);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return detail(ik, detail, model);
	}

	@PostMapping("/{id}/inval/{invalId}/intrekken")
	String trekInvalIn(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long invalId, @RequestParam long version, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Positie ik = this.posities.van(gebruiker);
		try {
			this.beheer.trekInvalIn(ik, id, invalId, version);
			redirect.addFlashAttribute("melding", "inval.gemeld.ingetrokken");
			return "redirect:/afwezigheid/" + id;
		}
		catch (AfwezigheidWeigering geweigerd) {
			return geweigerd(ik, id, geweigerd, model, response);
		}
	}

	@PostMapping("/{id}/einde")
	String wijzigEinde(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@Valid @ModelAttribute("eindeForm") EindeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Positie ik = this.posities.van(gebruiker);
		versieVerplicht(result);
		if (!result.hasErrors()) {
			try {
				this.beheer.wijzigEinde(ik, id, form.getVersion(), form.getTot());
				redirect.addFlashAttribute("melding", "afwezigheid.gemeld.eindeGewijzigd");
				return terug(ik, id);
			}
			catch (AfwezigheidWeigering geweigerd) {
				if (geweigerd.algemeen() != null) {
					return geweigerd(ik, id, geweigerd, model, response);
				}
				geweigerd.meldAan(result);
			}
		}
		FieldError fout = result.getFieldError("tot");
		model.addAttribute("eindeVoor", id);
		model.addAttribute("eindeFout", (fout != null) ? tekst(fout) : null);
		model.addAttribute("eindeWaarde", (fout != null) ? fout.getRejectedValue() : null);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(ik, id, model);
	}

	@PostMapping("/{id}/intrekken")
	String trekIn(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Positie ik = this.posities.van(gebruiker);
		try {
			this.beheer.trekIn(ik, id, version);
			redirect.addFlashAttribute("melding", "afwezigheid.gemeld.ingetrokken");
			return LIJST;
		}
		catch (AfwezigheidWeigering geweigerd) {
			return geweigerd(ik, id, geweigerd, model, response);
		}
	}

	/** Someone else changed the absence first: say so, and offer the current state. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException fout, HttpServletRequest request) {
		log.info("Gelijktijdige wijziging van een afwezigheid geweigerd: {}", fout.getMessage());
		ModelAndView pagina = new ModelAndView("bezetting/conflict");
		@SuppressWarnings("unchecked")
		Map<String, String> variabelen = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		pagina.addObject("terug",
				request.isUserInRole("WIJKTEAMMANAGER") && variabelen != null && variabelen.containsKey("id")
						? "/afwezigheid/" + variabelen.get("id") : "/afwezigheid");
		pagina.setStatus(HttpStatus.CONFLICT);
		return pagina;
	}

	/**
	 * A rule refused the change as a whole: the page the user came from says why (422).
	 */
	private String geweigerd(Positie ik, long id, AfwezigheidWeigering geweigerd, Model model,
			HttpServletResponse response) {
		AfwezigheidWeigering.Fout fout = (geweigerd.algemeen() != null) ? geweigerd.algemeen()
				: geweigerd.fouten().get(0);
		model.addAttribute("fout", this.messages.getMessage(fout.code(), fout.args(), LocaleContextHolder.getLocale()));
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(ik, id, model);
	}

	/**
	 * After a change: the manager back to the absence (if it still exists), else the
	 * list.
	 */
	private String terug(Positie ik, long id) {
		return ik.isManager() ? "redirect:/afwezigheid/" + id : LIJST;
	}

	/** The page an action on one absence came from: its page (manager) or the list. */
	private String pagina(Positie ik, long id, Model model) {
		if (ik.isManager()) {
			Detail detail = this.overzicht.detail(ik, id, null, null)
				.orElseThrow(() -> new NietGevondenException("afwezigheid"));
			InvalForm form = new InvalForm();
			form.setVan(detail.periodeVan());
			form.setTot(detail.periodeTot());
			form.setVersion(detail.afwezigheid().version());
			model.addAttribute("invalForm", form);
			return detail(ik, detail, model);
		}
		return lijst(ik, null, model);
	}

	private String lijst(Positie ik, Long medewerker, Model model) {
		model.addAttribute("vandaag", ik.vandaag());
		if (ik.isManager()) {
			List<Medewerker> medewerkers = this.overzicht.medewerkers(ik);
			if (medewerker != null && medewerkers.stream().noneMatch((m) -> m.id() == medewerker)) {
				throw new NietGevondenException("medewerker");
			}
			List<AfwezigheidRegel> regels = this.overzicht.vanManager(ik, medewerker);
			model.addAttribute("regels", regels);
			model.addAttribute("medewerkers", medewerkers);
			model.addAttribute("gekozen", medewerker);
			model.addAttribute("afwezigVandaag", regels.stream().filter((r) -> r.isBezig(ik.vandaag())).count());
			model.addAttribute("zonderBezettingVandaag",
					regels.stream()
						.filter((r) -> r.isBezig(ik.vandaag()) && r.bezetting().invallerOp(ik.vandaag()) == null)
						.count());
			model.addAttribute("metGaten", regels.stream().filter((r) -> r.bezetting().heeftGaten()).count());
			return "bezetting/lijst";
		}
		model.addAttribute("overzicht", this.overzicht.vanWijkwerker(ik));
		return "bezetting/mijn";
	}

	private String formulier(Positie ik, Model model) {
		model.addAttribute("manager", ik.isManager());
		model.addAttribute("medewerkers", this.overzicht.medewerkers(ik));
		model.addAttribute("soorten",
				Arrays.stream(AfwezigheidSoort.values())
					.filter((s) -> ik.isManager() || s != AfwezigheidSoort.ZIEKTE)
					.toList());
		model.addAttribute("naam", ik.gebruiker().weergavenaam());
		return "bezetting/nieuw";
	}

	private String detail(Positie ik, Detail detail, Model model) {
		model.addAttribute("detail", detail);
		model.addAttribute("vandaag", ik.vandaag());
		return "bezetting/afwezigheid";
	}

	private String tekst(FieldError fout) {
		return this.messages.getMessage(fout, LocaleContextHolder.getLocale());
	}

	/** The version travels hidden with every change; without it the request is broken. */
	private static void versieVerplicht(BindingResult result) {
		if (result.hasFieldErrors("version")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "versie ontbreekt");
		}
	}

}
