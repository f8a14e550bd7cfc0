package nl.wijkdossier.spreekuur;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The session register: the day view of one session with a one-line entry form at the
 * top. With htmx a registered line is swapped into the list and the form comes back empty
 * with the focus on its first field; without JavaScript the same handlers answer with
 * post/redirect/get. A refused line comes back with each error next to its field (422),
 * nothing stored. An {@code AANMELDING} visit continues as the intake form, prefilled.
 * After closing, a manager of the team corrects a line with a reason; a stale version is
 * the conflict page (409).
 */
@Controller
@RequestMapping("/spreekuren/sessies/{sessieId}")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class RegisterController {

	private static final String PAGINA = "spreekuur/sessie";

	private static final String CORRECTIE = "spreekuur/bezoek-correctie";

	/** Longer search text is no name, date, address or BSN. */
	private static final int MAXIMUM_ZOEKTEKST = 100;

	private final SessieRegister register;

	private final MessageSource messages;

	RegisterController(SessieRegister register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping
	String toon(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId, Model model) {
		model.addAttribute("form", new BezoekForm());
		pagina(gebruiker, sessieId, model);
		return PAGINA;
	}

	@PostMapping("/bezoeken")
	String registreer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@ModelAttribute("form") BezoekForm form, BindingResult result,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		SessieRegister.Geregistreerd bezoek = null;
		if (!result.hasErrors()) {
			try {
				bezoek = this.register.registreer(gebruiker, sessieId, form.toInvoer());
			}
			catch (BezoekGeweigerd geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		if (bezoek == null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			SessieRegister.Register gegevens = pagina(gebruiker, sessieId, model);
			if (!gegevens.isOpen() && result.hasGlobalErrors()) {
				model.addAttribute("fout", result.getGlobalError().getCode());
			}
			model.addAttribute("gekozenInwoner",
					this.register.gekozenInwoner(gebruiker, form.getInwonerId()).orElse(null));
			return (htmx != null) ? PAGINA + " :: invoer" : PAGINA;
		}
		if (bezoek.resultaat() == BezoekResultaat.AANMELDING) {
			String intake = intake(bezoek);
			if (htmx != null) {
				response.setHeader("HX-Redirect", request.getContextPath() + intake);
				return null;
			}
			return "redirect:" + intake;
		}
		if (htmx != null) {
			model.addAttribute("form", new BezoekForm());
			pagina(gebruiker, sessieId, model);
			model.addAttribute("status", tekst("register.gemeld.geregistreerd", bezoek.volgnummer()));
			return PAGINA + " :: na-registratie";
		}
		redirect.addFlashAttribute("melding", "register.gemeld.geregistreerdKort");
		return "redirect:/spreekuren/sessies/" + sessieId;
	}

	/**
	 * Residents to link the visit to; with {@code HX-Request} only the results, else the
	 * register page with them.
	 */
	@GetMapping("/inwoners")
	String inwoners(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@RequestParam(name = "q", required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String tekst = (q != null) ? q.strip() : "";
		if (tekst.length() > MAXIMUM_ZOEKTEKST) {
			tekst = tekst.substring(0, MAXIMUM_ZOEKTEKST);
		}
		model.addAttribute("q", tekst);
		model.addAttribute("gezocht", !tekst.isEmpty());
		model.addAttribute("gevonden",
				tekst.isEmpty() ? List.of() : this.register.zoekInwoners(gebruiker, sessieId, tekst));
		if (htmx != null) {
			return PAGINA + " :: inwoners";
		}
		model.addAttribute("form", new BezoekForm());
		model.addAttribute("koppelenOpen", true);
		pagina(gebruiker, sessieId, model);
		return PAGINA;
	}

	@PostMapping("/bezoeken/laatste/intrekken")
	String trekLaatsteIn(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@RequestParam(name = "bezoekId", required = false) Long bezoekId,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		String melding;
		try {
			int volgnummer = this.register.trekLaatsteIn(gebruiker, sessieId, bezoekId);
			melding = tekst("register.gemeld.ingetrokken", volgnummer);
		}
		catch (BezoekGeweigerd geweigerd) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("form", new BezoekForm());
			pagina(gebruiker, sessieId, model);
			if (htmx != null) {
				model.addAttribute("status", tekst(geweigerd.algemeneCode()));
				return PAGINA + " :: na-intrekken";
			}
			model.addAttribute("fout", geweigerd.algemeneCode());
			return PAGINA;
		}
		if (htmx != null) {
			pagina(gebruiker, sessieId, model);
			model.addAttribute("status", melding);
			return PAGINA + " :: na-intrekken";
		}
		redirect.addFlashAttribute("melding", "register.gemeld.ingetrokkenKort");
		return "redirect:/spreekuren/sessies/" + sessieId;
	}

	@GetMapping("/bezoeken/{bezoekId}/correctie")
	@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
	String correctie(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@PathVariable long bezoekId, Model model) {
		SessieRegister.Correctie correctie = this.register.leesCorrectie(gebruiker, sessieId, bezoekId);
		BezoekCorrectieForm form = new BezoekCorrectieForm();
		SessieRegister.Regel regel = correctie.regel();
		form.setOnderwerp(regel.onderwerp().name());
		form.setResultaat(regel.resultaat().name());
		form.setDuurMinuten(String.valueOf(regel.duurMinuten()));
		form.setNotitie(regel.notitie());
		form.setVoorzieningId(regel.voorzieningId());
		form.setVersion(regel.version());
		model.addAttribute("form", form);
		correctiePagina(correctie, model);
		return CORRECTIE;
	}

	@PostMapping("/bezoeken/{bezoekId}/correctie")
	@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
	String corrigeer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@PathVariable long bezoekId, @ModelAttribute("form") BezoekCorrectieForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.register.corrigeer(gebruiker, sessieId, bezoekId, form.getVersion(), form.isIntrekken(),
						form.toInvoer(), form.getReden());
				redirect.addFlashAttribute("melding",
						form.isIntrekken() ? "register.gemeld.correctieIngetrokken" : "register.gemeld.gecorrigeerd");
				return "redirect:/spreekuren/sessies/" + sessieId;
			}
			catch (BezoekGeweigerd geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		correctiePagina(this.register.leesCorrectie(gebruiker, sessieId, bezoekId), model);
		return CORRECTIE;
	}

	/**
	 * Where an {@code AANMELDING} continues: the intake, prefilled and tied to the visit.
	 */
	private String intake(SessieRegister.Geregistreerd bezoek) {
		return UriComponentsBuilder.fromPath("/aanmeldingen/nieuw")
			.queryParam("kanaal", "INLOOPSPREEKUUR")
			.queryParam("teamId", bezoek.teamId())
			.queryParam("bezoek", bezoek.id())
			.queryParam("hulpvraag", hoofdletter(tekst(bezoek.onderwerp().messageKey())))
			.encode()
			.build()
			.toUriString();
	}

	private SessieRegister.Register pagina(WijkdossierUser gebruiker, long sessieId, Model model) {
		SessieRegister.Register gegevens = this.register.lees(gebruiker, sessieId);
		model.addAttribute("register", gegevens);
		keuzes(model);
		if (gegevens.isOpen()) {
			model.addAttribute("verwijsGroepen", this.register.verwijsKeuzes(gegevens.kop()));
		}
		return gegevens;
	}

	private void correctiePagina(SessieRegister.Correctie correctie, Model model) {
		model.addAttribute("correctie", correctie);
		model.addAttribute("verwijsGroepen", this.register.verwijsKeuzes(correctie.kop()));
		keuzes(model);
	}

	private void keuzes(Model model) {
		model.addAttribute("onderwerpen",
				Arrays.stream(BezoekOnderwerp.values())
					.map((o) -> new Keuze(o.name(), hoofdletter(tekst(o.messageKey()))))
					.toList());
		model.addAttribute("resultaten",
				Arrays.stream(BezoekResultaat.values())
					.map((r) -> new Keuze(r.name(), hoofdletter(tekst(r.messageKey()))))
					.toList());
		model.addAttribute("snelkeuzes", SessieRegisterRegels.SNELKEUZES);
		model.addAttribute("minimaleDuur", SessieRegisterRegels.MINIMALE_DUUR);
		model.addAttribute("maximaleDuur", SessieRegisterRegels.MAXIMALE_DUUR);
		model.addAttribute("maximaleNotitie", SessieRegisterRegels.MAXIMALE_NOTITIE);
		model.addAttribute("maximaleReden", SessieRegisterRegels.MAXIMALE_REDEN);
	}

	private String tekst(String code, Object... argumenten) {
		return this.messages.getMessage(code, argumenten, LocaleContextHolder.getLocale());
	}

	/** "Schulden en geldzaken": a label at the start of a line or an option. */
	static String hoofdletter(String tekst) {
		return tekst.isEmpty() ? tekst : tekst.substring(0, 1).toUpperCase(Locale.ROOT) + tekst.substring(1);
	}

}
