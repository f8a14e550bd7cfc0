package nl.wijkdossier.gesprek;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
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
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The keukentafelgesprek on a case: the form (new or from a draft; with htmx one extra
 * agreement row), the autosave of the draft (htmx), "Concept opslaan", "Vastleggen", the
 * deletion of a draft, the conversation's page and its corrections. A refused form stores
 * nothing and comes back with each error at its field (422); a draft saved in another
 * window since is never overwritten (409). Every route reads the case within the user's
 * scope first (see {@link Gesprekken}).
 */
@Controller
@RequestMapping("/casussen/{id}/gesprekken")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class GesprekController {

	private static final String FORMULIER = "gesprek/formulier";

	private static final String GESPREK = "gesprek/gesprek";

	/** Enough agreement rows for any conversation; more is a tampered request. */
	private static final int MAX_AFSPRAAK_RIJEN = 200;

	private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final Gesprekken gesprekken;

	private final MessageSource messages;

	private final Clock clock;

	GesprekController(Gesprekken gesprekken, MessageSource messages, Clock clock) {
		this.gesprekken = gesprekken;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The form: new, or filled from the user's own draft ({@code concept}). With
	 * {@code HX-Request} and {@code afspraakRij}: only that (empty) agreement row.
	 */
	@GetMapping("/nieuw")
	String nieuw(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam(name = "concept", required = false) Long concept,
			@RequestParam(name = "afspraakRij", required = false) Integer afspraakRij,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		if (htmx != null && afspraakRij != null) {
			this.gesprekken.controleerScope(gebruiker, id);
			int index = Math.max(0, Math.min(afspraakRij, MAX_AFSPRAAK_RIJEN));
			GesprekForm leeg = new GesprekForm();
			leeg.vulAfspraken(index + 1);
			model.addAttribute("form", leeg);
			model.addAttribute("index", index);
			model.addAttribute("volgende", index + 1);
			model.addAttribute("wieKeuzes", keuzes(GesprekAfspraak.Wie.values(), GesprekAfspraak.Wie::messageKey));
			return FORMULIER + " :: afspraakRijNieuw";
		}
		GesprekFormulier formulier = this.gesprekken.formulier(gebruiker, id, concept);
		model.addAttribute("form", formulier.form());
		return pagina(model, formulier, null, 0);
	}

	/**
	 * The form's submit: "Vastleggen" (no {@code actie}), {@code actie=concept} (store
	 * the draft as it is, then continue it), {@code actie=conceptApart} (store it as a
	 * new draft) or {@code actie=afspraakToevoegen} (the form again with one more
	 * agreement row; nothing stored).
	 */
	@PostMapping
	String verwerk(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("form") GesprekForm form, BindingResult result,
			@RequestParam(name = "actie", required = false) String actie, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if ("afspraakToevoegen".equals(actie)) {
			return pagina(model, this.gesprekken.formulier(gebruiker, id, null), result, 1);
		}
		if ("concept".equals(actie) || "conceptApart".equals(actie)) {
			if ("conceptApart".equals(actie)) {
				form.setConceptId(null);
				form.setConceptVersion(null);
			}
			try {
				ConceptStand stand = this.gesprekken.bewaarConcept(gebruiker, id, form);
				redirect.addFlashAttribute("melding", "gesprek.concept.bewaard");
				return "redirect:/casussen/" + id + "/gesprekken/nieuw?concept=" + stand.id();
			}
			catch (ConceptVerouderd ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("conceptConflict", true);
				model.addAttribute("nieuwsteConcept", ex.nieuwste());
				return pagina(model, this.gesprekken.formulier(gebruiker, id, null), result, 0);
			}
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return pagina(model, this.gesprekken.formulier(gebruiker, id, null), result, 0);
		}
		try {
			Gesprekken.Vastgelegd vastgelegd = this.gesprekken.legVast(gebruiker, id, form);
			redirect.addFlashAttribute("melding",
					vastgelegd.conceptBehouden() ? "gesprek.vastgelegdConceptBehouden" : "gesprek.vastgelegd");
			return "redirect:/casussen/" + id + "/gesprekken/" + vastgelegd.gesprekId();
		}
		catch (GesprekOngeldig ex) {
			fouten(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return pagina(model, this.gesprekken.formulier(gebruiker, id, null), result, 0);
		}
	}

	/**
	 * The autosave (htmx): the whole form as a draft, unvalidated. Answers with the
	 * status line and the draft's new id and version (out of band); a draft saved in
	 * another window since: 409 and a status line that says so, nothing stored.
	 */
	@PostMapping("/concept")
	String bewaarConcept(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("form") GesprekForm form, BindingResult result, Model model, HttpServletResponse response) {
		model.addAttribute("casusId", id);
		try {
			ConceptStand stand = this.gesprekken.bewaarConcept(gebruiker, id, form);
			model.addAttribute("stand", stand);
			model.addAttribute("tijd", TIJD.format(stand.opgeslagenOp()));
			response.setHeader("HX-Replace-Url", "/casussen/" + id + "/gesprekken/nieuw?concept=" + stand.id());
			return FORMULIER + " :: conceptOpgeslagen";
		}
		catch (ConceptVerouderd ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("nieuwsteConcept", ex.nieuwste());
			return FORMULIER + " :: conceptVerouderd";
		}
	}

	/** "Concept verwijderen": the confirmation. */
	@GetMapping("/concept/{conceptId}/verwijderen")
	String bevestigVerwijderen(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long conceptId, Model model) {
		model.addAttribute("verwijderen", this.gesprekken.conceptVoorVerwijderen(gebruiker, id, conceptId));
		return "gesprek/concept-verwijderen";
	}

	@PostMapping("/concept/{conceptId}/verwijderen")
	String verwijder(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long conceptId, RedirectAttributes redirect) {
		this.gesprekken.verwijderConcept(gebruiker, id, conceptId);
		redirect.addFlashAttribute("melding", "gesprek.concept.verwijderd");
		return "redirect:/casussen/" + id;
	}

	/** A finalised conversation. */
	@GetMapping("/{gesprekId}")
	String gesprek(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long gesprekId, Model model) {
		Gesprekken.GesprekPagina pagina = this.gesprekken.lees(gebruiker, id, gesprekId);
		model.addAttribute("correctie", GesprekCorrectieForm.van(pagina.gesprek()));
		return gesprekPagina(model, pagina);
	}

	/**
	 * "Verslag corrigeren": a new version with a reason; the original stays. A
	 * colleague's correction since: 409, the page shows the current text, the typed text
	 * stays in the form.
	 */
	@PostMapping("/{gesprekId}/correcties")
	String corrigeer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long gesprekId, @ModelAttribute("correctie") GesprekCorrectieForm correctie,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.gesprekken.corrigeer(gebruiker, id, gesprekId, correctie.getVersie(), correctie.getReden(),
						correctie.getVerslag(), correctie.getInterneNotitie());
				redirect.addFlashAttribute("melding", "gesprek.gecorrigeerd");
				return "redirect:/casussen/" + id + "/gesprekken/" + gesprekId;
			}
			catch (GesprekOngeldig ex) {
				fouten(ex, result);
				response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			}
			catch (GesprekIntussenGecorrigeerd ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("correctieConflict", true);
			}
		}
		else {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		Gesprekken.GesprekPagina pagina = this.gesprekken.lees(gebruiker, id, gesprekId);
		if (model.containsAttribute("correctieConflict")) {
			correctie.setVersie(pagina.gesprek().huidig().nummer());
		}
		model.addAttribute("correctieOpen", true);
		return gesprekPagina(model, pagina);
	}

	private String gesprekPagina(Model model, Gesprekken.GesprekPagina pagina) {
		model.addAttribute("kop", pagina.kop());
		model.addAttribute("gesprek", pagina.gesprek());
		model.addAttribute("datumTekst", Datums.dag(pagina.gesprek().datum()));
		model.addAttribute("vandaag", LocalDate.now(this.clock));
		model.addAttribute("verzendwijzen", List.of("POST", "EMAIL", "MEEGEGEVEN"));
		return GESPREK;
	}

	/** The form page with its choices; {@code extraRijen} agreement rows added. */
	private String pagina(Model model, GesprekFormulier formulier, BindingResult result, int extraRijen) {
		CasusKop kop = formulier.kop();
		GesprekForm form = (GesprekForm) model.getAttribute("form");
		int rijen = Math.min(form.aantalAfspraakRijen(extraRijen), MAX_AFSPRAAK_RIJEN + 1);
		form.vulAfspraken(rijen);
		model.addAttribute("formulier", formulier);
		model.addAttribute("kop", kop);
		model.addAttribute("andereConcepten",
				formulier.concepten()
					.stream()
					.filter((c) -> form.getConceptId() == null || c.id() != form.getConceptId())
					.toList());
		model.addAttribute("afspraakIndexen", IntStream.range(0, form.getAfspraken().size()).boxed().toList());
		model.addAttribute("locaties", keuzes(GesprekLocatie.values(), GesprekLocatie::messageKey));
		model.addAttribute("deelnemerKeuzes", keuzes(GesprekDeelnemer.values(), GesprekDeelnemer::messageKey));
		model.addAttribute("maatwerkKeuzes", keuzes(GesprekMaatwerk.values(), GesprekMaatwerk::messageKey));
		model.addAttribute("wieKeuzes", keuzes(GesprekAfspraak.Wie.values(), GesprekAfspraak.Wie::messageKey));
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("niveaus", IntStream.rangeClosed(1, 5)
			.mapToObj((n) -> new Keuze(String.valueOf(n), this.messages.getMessage("gesprek.zrm.niveauKeuze",
					new Object[] { n, this.messages.getMessage("gesprek.zrm.niveau." + n, null, locale) }, locale)))
			.toList());
		List<DomeinRij> eigen = new ArrayList<>();
		List<DomeinRij> andere = new ArrayList<>();
		for (ZrmDomein domein : ZrmDomein.values()) {
			DomeinRij rij = new DomeinRij(domein, formulier.vorige().get(domein));
			(kop.domeinen().contains(domein) ? eigen : andere).add(rij);
		}
		model.addAttribute("eigenDomeinen", eigen);
		model.addAttribute("andereDomeinen", andere);
		model.addAttribute("open", openSecties(form, kop, result, extraRijen, andere));
		Instant opgeslagen = formulier.opgeslagenOp();
		model.addAttribute("conceptTijd", (opgeslagen != null) ? TIJD.format(opgeslagen) : null);
		return FORMULIER;
	}

	/**
	 * The optional sections shown open: those with content or an error, the Wmo items on
	 * a Wmo melding, the agreements when a row was just added.
	 */
	private static Set<String> openSecties(GesprekForm form, CasusKop kop, BindingResult result, int extraRijen,
			List<DomeinRij> andere) {
		Set<String> open = new HashSet<>();
		if (kop.wmoMelding() || form.heeftOnderzoek()) {
			open.add("wmo");
		}
		if (form.heeftScores()) {
			open.add("zrm");
		}
		if (andere.stream().anyMatch((d) -> form.heeftZrm(d.naam()))) {
			open.add("anderDomein");
		}
		if (form.heeftAfspraken() || extraRijen > 0) {
			open.add("afspraken");
		}
		if (form.heeftSignalen()) {
			open.add("signalen");
		}
		if (GesprekForm.gevuld(form.getInterneNotitie())) {
			open.add("notitie");
		}
		if (result != null) {
			for (FieldError fout : result.getFieldErrors()) {
				open.add(sectie(fout.getField()));
				if (fout.getField().startsWith("zrm")
						&& andere.stream().anyMatch((d) -> fout.getField().contains("[" + d.naam() + "]"))) {
					open.add("anderDomein");
				}
			}
		}
		return open;
	}

	private static String sectie(String veld) {
		if (veld.startsWith("zrm")) {
			return "zrm";
		}
		if (veld.startsWith("afspraken")) {
			return "afspraken";
		}
		if (veld.startsWith("mantelzorger") || veld.startsWith("ediz") || veld.startsWith("vrijwilliger")) {
			return "signalen";
		}
		if (veld.equals("interneNotitie")) {
			return "notitie";
		}
		return Set
			.of("behoeften", "eigenKracht", "mantelzorgNetwerk", "mantelzorgerOndersteuning", "algemeneVoorzieningen",
					"maatwerkNodig", "maatwerkToelichting")
			.contains(veld) ? "wmo" : "basis";
	}

	private static void fouten(GesprekOngeldig ongeldig, BindingResult result) {
		for (GesprekRegels.Fout fout : ongeldig.fouten()) {
			if (fout.veld() == null) {
				result.reject(fout.code(), fout.args(), null);
			}
			else {
				result.rejectValue(fout.veld(), fout.code(), fout.args(), null);
			}
		}
	}

	private <E extends Enum<E>> List<Keuze> keuzes(E[] waarden, Function<E, String> sleutel) {
		Locale locale = LocaleContextHolder.getLocale();
		return Arrays.stream(waarden)
			.map((w) -> new Keuze(w.name(), this.messages.getMessage(sleutel.apply(w), null, locale)))
			.toList();
	}

	/**
	 * A ZRM domain row of the form: its name and the latest score of earlier
	 * conversations.
	 */
	record DomeinRij(ZrmDomein domein, Integer vorige) {

		public String naam() {
			return this.domein.name();
		}

		public String scoreVeld() {
			return "zrmScore[" + this.domein.name() + "]";
		}

		public String doelVeld() {
			return "zrmDoel[" + this.domein.name() + "]";
		}

		public String vorigeSleutel() {
			return (this.vorige != null) ? "gesprek.zrm.niveau." + this.vorige : null;
		}

	}

}
