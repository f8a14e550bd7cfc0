package nl.wijkdossier.spreekuur;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.PartnerInfo;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The schedule of the spreekuren: beheer keeps it for every team, a manager for the teams
 * he steers (another team's spreekuur does not exist for him: 404). New spreekuren, edits
 * from the version the user saw (else the conflict page compares what is stored with what
 * she typed), (de)activation. A refused form comes back with its errors next to the
 * fields (422) and nothing stored.
 */
@Controller
@RequestMapping("/spreekuren/schema")
@PreAuthorize("hasAnyRole('BEHEERDER', 'WIJKTEAMMANAGER')")
class SpreekuurSchemaController {

	private static final Logger log = LoggerFactory.getLogger(SpreekuurSchemaController.class);

	private static final String LIJST = "redirect:/spreekuren/schema";

	private static final String FORMULIER = "spreekuur/schema-formulier";

	private final SpreekuurSchema schema;

	private final SpreekuurToegang toegang;

	private final Organisatie organisatie;

	private final MessageSource messages;

	private final Clock clock;

	SpreekuurSchemaController(SpreekuurSchema schema, SpreekuurToegang toegang, Organisatie organisatie,
			MessageSource messages, Clock clock) {
		this.schema = schema;
		this.toegang = toegang;
		this.organisatie = organisatie;
		this.messages = messages;
		this.clock = clock;
	}

	/** The spreekuur being edited, for the form's action; null on the other pages. */
	@ModelAttribute("id")
	Long id(@PathVariable(name = "id", required = false) Long id) {
		return id;
	}

	@GetMapping
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		SpreekuurBevoegdheid bevoegdheid = this.toegang.bevoegdheidVan(gebruiker);
		Map<String, List<SpreekuurInfo>> perTeam = new LinkedHashMap<>();
		for (SpreekuurInfo spreekuur : this.schema.lijst(bevoegdheid)) {
			perTeam.computeIfAbsent(spreekuur.teamNaam(), (t) -> new ArrayList<>()).add(spreekuur);
		}
		List<String> zonder = teams(bevoegdheid).stream()
			.filter(TeamInfo::actief)
			.map(TeamInfo::naam)
			.filter((naam) -> !perTeam.containsKey(naam))
			.toList();
		model.addAttribute("perTeam", perTeam);
		model.addAttribute("teamsZonder", zonder);
		model.addAttribute("vandaag", LocalDate.now(this.clock));
		return "spreekuur/schema";
	}

	@GetMapping("/nieuw")
	String nieuw(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		model.addAttribute("form", SpreekuurForm.leeg(LocalDate.now(this.clock)));
		return formulier(gebruiker, model, null);
	}

	@PostMapping
	String maakAan(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@Valid @ModelAttribute("form") SpreekuurForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		controleer(gebruiker, form, result, null);
		if (!result.hasErrors()) {
			try {
				this.schema.nieuw(form.toGegevens());
				redirect.addFlashAttribute("melding", "spreekuur.gemeld.aangemaakt");
				return LIJST;
			}
			catch (SpreekuurWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulier(gebruiker, model, null);
	}

	@GetMapping("/{id}")
	String bewerk(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, Model model) {
		SpreekuurInfo spreekuur = laad(gebruiker, id);
		model.addAttribute("form", SpreekuurForm.van(spreekuur));
		model.addAttribute("spreekuur", spreekuur);
		return formulier(gebruiker, model, spreekuur);
	}

	@PostMapping("/{id}")
	String wijzig(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@Valid @ModelAttribute("form") SpreekuurForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.version() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Versie ontbreekt");
		}
		SpreekuurInfo huidig = laad(gebruiker, id);
		controleer(gebruiker, form, result, huidig);
		if (!result.hasErrors()) {
			try {
				this.schema.wijzig(id, form.version(), form.toGegevens());
				redirect.addFlashAttribute("melding", "spreekuur.gemeld.gewijzigd");
				return LIJST;
			}
			catch (SpreekuurWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
			catch (OptimisticLockingFailureException ex) {
				log.info("Gelijktijdige wijziging van een spreekuur geweigerd: {}", ex.getMessage());
				SpreekuurInfo nu = laad(gebruiker, id);
				model.addAttribute("spreekuur", nu);
				model.addAttribute("regels", vergelijk(nu, form.toGegevens()));
				response.setStatus(HttpStatus.CONFLICT.value());
				return "spreekuur/schema-conflict";
			}
		}
		model.addAttribute("spreekuur", huidig);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return formulier(gebruiker, model, huidig);
	}

	@PostMapping("/{id}/deactiveren")
	String deactiveer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			RedirectAttributes redirect) {
		laad(gebruiker, id);
		this.schema.zetActief(id, false);
		redirect.addFlashAttribute("melding", "spreekuur.gemeld.gedeactiveerd");
		return LIJST;
	}

	@PostMapping("/{id}/activeren")
	String activeer(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			RedirectAttributes redirect) {
		laad(gebruiker, id);
		this.schema.zetActief(id, true);
		redirect.addFlashAttribute("melding", "spreekuur.gemeld.geactiveerd");
		return LIJST;
	}

	/** Form rules, and the team must be one this person keeps the schedule for. */
	private void controleer(WijkdossierUser gebruiker, SpreekuurForm form, BindingResult result, SpreekuurInfo huidig) {
		form.controleer(result);
		if (form.teamId() != null && !result.hasFieldErrors("teamId")
				&& !this.toegang.bevoegdheidVan(gebruiker).mag(form.teamId())) {
			result.rejectValue("teamId", "spreekuur.fout.teamNietVanU");
		}
	}

	/** A spreekuur of a team this person keeps; any other does not exist for her. */
	private SpreekuurInfo laad(WijkdossierUser gebruiker, long id) {
		return this.schema.spreekuur(id)
			.filter((s) -> this.toegang.bevoegdheidVan(gebruiker).mag(s.teamId()))
			.orElseThrow(() -> new NietGevondenException("spreekuur"));
	}

	private List<TeamInfo> teams(SpreekuurBevoegdheid bevoegdheid) {
		return this.organisatie.teams().stream().filter((t) -> bevoegdheid.mag(t.id())).toList();
	}

	private String formulier(WijkdossierUser gebruiker, Model model, SpreekuurInfo huidig) {
		SpreekuurBevoegdheid bevoegdheid = this.toegang.bevoegdheidVan(gebruiker);
		model.addAttribute("teams",
				teams(bevoegdheid).stream()
					.filter((t) -> t.actief() || (huidig != null && huidig.teamId() == t.id()))
					.map((t) -> new Keuze(String.valueOf(t.id()), t.naam()))
					.toList());
		model.addAttribute("soorten",
				Arrays.stream(SpreekuurSoort.values()).map((s) -> new Keuze(s.name(), tekst(s.messageKey()))).toList());
		model.addAttribute("weekdagen",
				Arrays.stream(DayOfWeek.values())
					.map((d) -> new Keuze(d.name(), tekst("spreekuur.weekdag." + d.name())))
					.toList());
		model.addAttribute("ritmes",
				List.of(1, 2, 3, 4)
					.stream()
					.map((n) -> new Keuze(String.valueOf(n), tekst("spreekuur.elkeWeken." + n)))
					.toList());
		model.addAttribute("partners",
				this.organisatie.partners()
					.stream()
					.filter((p) -> p.actief() || (huidig != null && Objects.equals(huidig.partnerId(), p.id())))
					.map((PartnerInfo p) -> new Keuze(String.valueOf(p.id()), p.naam()))
					.toList());
		return FORMULIER;
	}

	/** Stored and typed, field by field, for the conflict page. */
	private List<Vergelijking> vergelijk(SpreekuurInfo nu, SpreekuurGegevens ingevuld) {
		Map<Long, String> teams = new LinkedHashMap<>();
		this.organisatie.teams().forEach((t) -> teams.put(t.id(), t.naam()));
		Map<Long, String> partners = new LinkedHashMap<>();
		this.organisatie.partners().forEach((p) -> partners.put(p.id(), p.naam()));
		List<Vergelijking> regels = new ArrayList<>();
		regels.add(Vergelijking.van("spreekuur.veld.team", teams.get(nu.teamId()), teams.get(ingevuld.teamId())));
		regels.add(Vergelijking.van("spreekuur.veld.soort", tekst(nu.soort().messageKey()),
				tekst(ingevuld.soort().messageKey())));
		regels.add(Vergelijking.van("spreekuur.veld.locatieNaam", nu.locatieNaam(), ingevuld.locatieNaam()));
		regels.add(Vergelijking.van("spreekuur.veld.locatieAdres", nu.locatieAdres(), ingevuld.locatieAdres()));
		regels.add(Vergelijking.van("spreekuur.veld.weekdag", tekst(nu.weekdagKey()),
				tekst("spreekuur.weekdag." + ingevuld.weekdag().name())));
		regels.add(Vergelijking.van("spreekuur.veld.begintijd", SpreekuurInvoer.tekst(nu.begintijd()),
				SpreekuurInvoer.tekst(ingevuld.begintijd())));
		regels.add(Vergelijking.van("spreekuur.veld.eindtijd", SpreekuurInvoer.tekst(nu.eindtijd()),
				SpreekuurInvoer.tekst(ingevuld.eindtijd())));
		regels.add(Vergelijking.van("spreekuur.veld.elkeWeken", tekst(nu.ritmeKey()),
				tekst("spreekuur.elkeWeken." + ingevuld.elkeWeken())));
		regels.add(Vergelijking.van("spreekuur.veld.geldigVan", Datums.dag(nu.geldigVan()),
				Datums.dag(ingevuld.geldigVan())));
		regels.add(Vergelijking.van("spreekuur.veld.geldigTot", leegIsNull(Datums.dag(nu.geldigTot())),
				leegIsNull(Datums.dag(ingevuld.geldigTot()))));
		regels.add(Vergelijking.van("spreekuur.veld.partner",
				(nu.partnerId() != null) ? partners.get(nu.partnerId()) : null,
				(ingevuld.partnerId() != null) ? partners.get(ingevuld.partnerId()) : null));
		return regels;
	}

	private static String leegIsNull(String tekst) {
		return tekst.isEmpty() ? null : tekst;
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
