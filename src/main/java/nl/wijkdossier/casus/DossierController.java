package nl.wijkdossier.casus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;

/**
 * The dossier of a case and the actions on it. Every action posts the version the user
 * saw and redirects back (PRG) with a flash message; a rule the case does not allow is
 * shown on the dossier (422), a stale version as the conflict page with the current state
 * (409). The page offers only what is valid now; the use cases enforce it anyway.
 */
@Controller
@RequestMapping("/casussen/{id}")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class DossierController {

	private static final Logger log = LoggerFactory.getLogger(DossierController.class);

	private final Dossiers dossiers;

	private final Casussen casussen;

	private final Organisatie organisatie;

	private final Clock clock;

	private final ObjectProvider<DossierOnderdeel> onderdelen;

	DossierController(Dossiers dossiers, Casussen casussen, Organisatie organisatie, Clock clock,
			ObjectProvider<DossierOnderdeel> onderdelen) {
		this.dossiers = dossiers;
		this.casussen = casussen;
		this.organisatie = organisatie;
		this.clock = clock;
		this.onderdelen = onderdelen;
	}

	@GetMapping
	String dossier(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		return toon(gebruiker, id, model);
	}

	@PostMapping("/wachtlijst")
	String wachtlijst(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version, @RequestParam(required = false) String spoedReden,
			RedirectAttributes redirect) {
		this.casussen.plaatsOpWachtlijst(gebruiker, id, version, spoedReden);
		return terug(id, "dossier.gemeld.wachtlijst", redirect);
	}

	@PostMapping("/oppakken")
	@PreAuthorize("hasRole('WIJKWERKER')")
	String pakOp(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.casussen.pakOp(gebruiker, id, version);
		return terug(id, "dossier.gemeld.opgepakt", redirect);
	}

	@PostMapping("/toewijzen")
	String wijsToe(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version, @RequestParam long medewerkerId, RedirectAttributes redirect) {
		this.casussen.wijsToe(gebruiker, id, version, medewerkerId);
		return terug(id, "dossier.gemeld.toegewezen", redirect);
	}

	@PostMapping("/afsluiten")
	String sluitAf(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version, @RequestParam(required = false) AfsluitReden reden,
			RedirectAttributes redirect) {
		this.casussen.sluitAf(gebruiker, id, version, reden);
		return terug(id, "dossier.gemeld.afgesloten", redirect);
	}

	@PostMapping("/heropenen")
	String heropen(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version, RedirectAttributes redirect) {
		this.casussen.heropen(gebruiker, id, version);
		return terug(id, "dossier.gemeld.heropend", redirect);
	}

	@PostMapping("/wmo/ontvangst")
	String ontvangst(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate op,
			RedirectAttributes redirect) {
		this.casussen.bevestigOntvangst(gebruiker, id, version, op);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	@PostMapping("/wmo/clientondersteuning")
	String clientondersteuning(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version, @RequestParam boolean aangeboden, RedirectAttributes redirect) {
		this.casussen.registreerClientondersteuning(gebruiker, id, version, aangeboden);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	@PostMapping("/wmo/opschorten")
	String schortOp(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
			@RequestParam(required = false) String reden, RedirectAttributes redirect) {
		this.casussen.schortOp(gebruiker, id, version, van, tot, reden);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	@PostMapping("/wmo/hervatten")
	String hervat(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate op,
			RedirectAttributes redirect) {
		this.casussen.hervatKlok(gebruiker, id, version, op);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	@PostMapping("/wmo/onderzoek")
	String onderzoek(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate op,
			RedirectAttributes redirect) {
		this.casussen.rondOnderzoekAf(gebruiker, id, version, op);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	@PostMapping("/wmo/aanvraag")
	String aanvraag(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate op,
			RedirectAttributes redirect) {
		this.casussen.registreerAanvraag(gebruiker, id, version, op);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	@PostMapping("/wmo/beschikking")
	String beschikking(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate op,
			RedirectAttributes redirect) {
		this.casussen.registreerBeschikking(gebruiker, id, version, op);
		return terug(id, "dossier.gemeld.wmo", redirect);
	}

	/** A rule of the case refused the action: nothing changed; the dossier says why. */
	@ExceptionHandler(OngeldigeOvergang.class)
	ModelAndView geweigerd(OngeldigeOvergang fout, HttpServletRequest request) {
		ModelAndView pagina = new ModelAndView();
		pagina.addObject("fout", fout.code());
		pagina.setViewName(toon(huidigeGebruiker(), casusId(request), pagina.getModelMap()));
		pagina.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return pagina;
	}

	/** Someone else changed the case first: the conflict page shows how it is now. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException fout, HttpServletRequest request) {
		log.info("Gelijktijdige wijziging van casus geweigerd: {}", fout.getMessage());
		ModelAndView pagina = new ModelAndView("casus/conflict");
		pagina.addObject("dossier", this.dossiers.lees(huidigeGebruiker(), casusId(request)));
		pagina.setStatus(HttpStatus.CONFLICT);
		return pagina;
	}

	private String toon(WijkdossierUser gebruiker, long id, Map<String, Object> model) {
		Dossier dossier = this.dossiers.lees(gebruiker, id);
		MedewerkerInfo ik = this.organisatie.medewerkerVan(gebruiker).filter(MedewerkerInfo::actief).orElse(null);
		boolean manager = gebruiker.heeftRol(Rol.WIJKTEAMMANAGER);
		boolean eigenTeam = ik != null && Objects.equals(ik.teamId(), dossier.teamId());
		model.put("dossier", dossier);
		model.put("vandaag", LocalDate.now(this.clock));
		model.put("manager", manager);
		model.put("leeftijd", dossier.inwoner().leeftijdOp(LocalDate.now(this.clock)));
		model.put("kanWachtlijst", dossier.status() == Status.AANGEMELD && (!dossier.isSpoed() || manager));
		model.put("kanOppakken", gebruiker.heeftRol(Rol.WIJKWERKER) && eigenTeam && dossier.isWachtend());
		model.put("kanToewijzen", manager && dossier.isOpen());
		model.put("medewerkers", manager ? this.organisatie.medewerkersVanTeam(dossier.teamId()) : List.of());
		model.put("afsluitredenen", Arrays.asList(AfsluitReden.values()));
		model.put("onderdelen",
				this.onderdelen.stream()
					.sorted(Comparator.comparingInt(DossierOnderdeel::volgorde))
					.map((o) -> new DossierOnderdeel.Weergave(o.template(), o.gegevens(dossier, gebruiker)))
					.toList());
		return "casus/dossier";
	}

	private String toon(WijkdossierUser gebruiker, long id, Model model) {
		Map<String, Object> attributen = new java.util.HashMap<>();
		String view = toon(gebruiker, id, attributen);
		model.addAllAttributes(attributen);
		return view;
	}

	private static String terug(long id, String melding, RedirectAttributes redirect) {
		redirect.addFlashAttribute("melding", melding);
		return "redirect:/casussen/" + id;
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
