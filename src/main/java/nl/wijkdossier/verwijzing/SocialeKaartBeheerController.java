package nl.wijkdossier.verwijzing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.organisatie.ClusterInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Keuze;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningGegevens;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningInfo;

/**
 * Functioneel beheer of the sociale kaart: the list (filtered by kind and text, as you
 * type with htmx or with the button), new entries, edits from the version the user saw
 * (else the conflict page compares what is stored with what she typed) and
 * (de)activation. A refused form comes back with its errors next to the fields (422).
 */
@Controller
@RequestMapping("/beheer/sociale-kaart")
@PreAuthorize("hasRole('BEHEERDER')")
class SocialeKaartBeheerController {

	private static final Logger log = LoggerFactory.getLogger(SocialeKaartBeheerController.class);

	private static final String LIJST = "redirect:/beheer/sociale-kaart";

	private static final String FORMULIER = "socialekaart/voorziening";

	private final SocialeKaart kaart;

	private final Organisatie organisatie;

	private final MessageSource messages;

	SocialeKaartBeheerController(SocialeKaart kaart, Organisatie organisatie, MessageSource messages) {
		this.kaart = kaart;
		this.organisatie = organisatie;
		this.messages = messages;
	}

	/** The entry being edited, for the form's action; null on the other pages. */
	@ModelAttribute("id")
	Long id(@PathVariable(name = "id", required = false) Long id) {
		return id;
	}

	@GetMapping
	String lijst(@RequestParam(name = "soort", required = false) String soort,
			@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "pagina", defaultValue = "0") int pagina,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		VoorzieningSoort filter = Arrays.stream(VoorzieningSoort.values())
			.filter((s) -> s.name().equals(soort))
			.findFirst()
			.orElse(null);
		String tekst = (q != null) ? q.strip() : "";
		if (tekst.length() > 100) {
			tekst = tekst.substring(0, 100);
		}
		model.addAttribute("pagina", this.kaart.lijst(filter, tekst, pagina));
		model.addAttribute("soort", (filter != null) ? filter.name() : "");
		model.addAttribute("q", tekst);
		model.addAttribute("soorten", soorten());
		return (htmx != null) ? "socialekaart/lijst :: resultaten" : "socialekaart/lijst";
	}

	@GetMapping("/nieuw")
	String nieuw(Model model) {
		model.addAttribute("form", VoorzieningForm.leeg());
		return formulier(model, List.of(), List.of());
	}

	@PostMapping
	String maakAan(@Valid @ModelAttribute("form") VoorzieningForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.controleer(result);
		if (!result.hasErrors()) {
			try {
				this.kaart.nieuw(form.toGegevens());
				redirect.addFlashAttribute("melding", "socialekaart.gemeld.aangemaakt");
				return LIJST;
			}
			catch (Weigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulier(model, List.of(), List.of());
	}

	@GetMapping("/{id}")
	String bewerk(@PathVariable long id, Model model) {
		VoorzieningInfo voorziening = laad(id);
		model.addAttribute("form", VoorzieningForm.van(voorziening));
		model.addAttribute("voorziening", voorziening);
		return formulier(model, voorziening.teamIds(), voorziening.clusterIds());
	}

	@PostMapping("/{id}")
	String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") VoorzieningForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (form.version() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Versie ontbreekt");
		}
		form.controleer(result);
		VoorzieningInfo huidig = laad(id);
		if (!result.hasErrors()) {
			try {
				this.kaart.wijzig(id, form.version(), form.toGegevens());
				redirect.addFlashAttribute("melding", "socialekaart.gemeld.gewijzigd");
				return LIJST;
			}
			catch (Weigering geweigerd) {
				geweigerd.meldAan(result);
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Gelijktijdige wijziging van de sociale kaart geweigerd: {}", ex.getMessage());
				VoorzieningInfo nu = laad(id);
				model.addAttribute("voorziening", nu);
				model.addAttribute("regels", vergelijk(nu, form.toGegevens()));
				response.setStatus(HttpStatus.CONFLICT.value());
				return "socialekaart/conflict";
			}
		}
		model.addAttribute("voorziening", huidig);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulier(model, huidig.teamIds(), huidig.clusterIds());
	}

	@PostMapping("/{id}/deactiveren")
	String deactiveer(@PathVariable long id, RedirectAttributes redirect) {
		this.kaart.zetActief(id, false);
		redirect.addFlashAttribute("melding", "socialekaart.gemeld.gedeactiveerd");
		return LIJST;
	}

	@PostMapping("/{id}/activeren")
	String activeer(@PathVariable long id, RedirectAttributes redirect) {
		this.kaart.zetActief(id, true);
		redirect.addFlashAttribute("melding", "socialekaart.gemeld.geactiveerd");
		return LIJST;
	}

	private VoorzieningInfo laad(long id) {
		return this.kaart.voorziening(id).orElseThrow(() -> new NietGevondenException("voorziening"));
	}

	/**
	 * The form's options: active teams and clusters, plus those the edited entry already
	 * serves (marked inactive), so saving something else does not silently drop them.
	 */
	private String formulier(Model model, List<Long> huidigeTeams, List<Long> huidigeClusters) {
		model.addAttribute("soorten", soorten());
		model.addAttribute("teams",
				this.organisatie.teams()
					.stream()
					.filter((t) -> t.actief() || huidigeTeams.contains(t.id()))
					.map((t) -> new Keuze(String.valueOf(t.id()),
							actief(tekst("socialekaart.teamInCluster", t.naam(), t.clusterNaam()), t.actief())))
					.toList());
		model.addAttribute("clusters",
				this.organisatie.clusters()
					.stream()
					.filter((c) -> c.actief() || huidigeClusters.contains(c.id()))
					.map((c) -> new Keuze(String.valueOf(c.id()), actief(c.naam(), c.actief())))
					.toList());
		return FORMULIER;
	}

	/** Stored and typed, field by field, for the conflict page. */
	private List<Vergelijking> vergelijk(VoorzieningInfo nu, VoorzieningGegevens ingevuld) {
		VoorzieningGegevens schoon = ingevuld.opgeschoond();
		Map<Long, String> teamNamen = this.organisatie.teams()
			.stream()
			.collect(Collectors.toMap(TeamInfo::id, TeamInfo::naam));
		Map<Long, String> clusterNamen = this.organisatie.clusters()
			.stream()
			.collect(Collectors.toMap(ClusterInfo::id, ClusterInfo::naam));
		Function<VoorzieningSoort, String> soort = (s) -> (s != null) ? tekst(s.messageKey()) : null;
		List<Vergelijking> regels = new ArrayList<>();
		regels.add(Vergelijking.van("socialekaart.veld.naam", nu.naam(), schoon.naam()));
		regels.add(Vergelijking.van("socialekaart.veld.soort", soort.apply(nu.soort()), soort.apply(schoon.soort())));
		regels.add(Vergelijking.van("socialekaart.veld.omschrijving", nu.omschrijving(), schoon.omschrijving()));
		regels.add(Vergelijking.van("socialekaart.veld.adres", nu.adres(), schoon.adres()));
		regels.add(Vergelijking.van("socialekaart.veld.telefoon", nu.telefoon(), schoon.telefoon()));
		regels.add(Vergelijking.van("socialekaart.veld.email", nu.email(), schoon.email()));
		regels.add(Vergelijking.van("socialekaart.veld.website", nu.website(), schoon.website()));
		regels.add(Vergelijking.van("socialekaart.veld.teams", namen(nu.teamIds(), teamNamen),
				namen(schoon.teamIds(), teamNamen)));
		regels.add(Vergelijking.van("socialekaart.veld.clusters", namen(nu.clusterIds(), clusterNamen),
				namen(schoon.clusterIds(), clusterNamen)));
		return regels;
	}

	private static String namen(List<Long> ids, Map<Long, String> namen) {
		String tekst = ids.stream()
			.map((id) -> namen.getOrDefault(id, String.valueOf(id)))
			.sorted()
			.collect(Collectors.joining(", "));
		return tekst.isEmpty() ? null : tekst;
	}

	private List<Keuze> soorten() {
		return Arrays.stream(VoorzieningSoort.values()).map((s) -> new Keuze(s.name(), tekst(s.messageKey()))).toList();
	}

	private String actief(String naam, boolean actief) {
		return actief ? naam : tekst("beheer.keuze.inactief", naam);
	}

	private String tekst(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/**
	 * One field on the conflict page: stored now, typed by this user, and whether they
	 * differ.
	 */
	record Vergelijking(String label, String nu, String ingevuld, boolean verschilt) {

		static Vergelijking van(String label, String nu, String ingevuld) {
			return new Vergelijking(label, nu, ingevuld, !Objects.equals(nu, ingevuld));
		}

	}

}
