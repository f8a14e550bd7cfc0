package nl.wijkdossier.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The dashboards: {@code GET /dashboard} (the city; for a manager his teams together),
 * {@code /dashboard/clusters/{id}} and {@code /dashboard/teams/{id}}, with the period in
 * {@code periode} (MAAND, KWARTAAL, JAAR, ANDERS), {@code van} and {@code tot}, and every
 * table as CSV with {@code &export=<figuur>}. Only the gemeente (all) and managers (their
 * teams and those teams' clusters; any other id is 404): the figures are aggregates,
 * still nothing for wijkwerkers, beheer or privacy (403). Figures come from every
 * {@link DashboardBron}; the page shows when they were computed.
 */
@Controller
@RequestMapping("/dashboard")
@PreAuthorize("hasAnyRole('GEMEENTE', 'WIJKTEAMMANAGER')")
class DashboardController {

	private static final String PAGINA = "dashboard/dashboard";

	private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm");

	private final Bereiken bereiken;

	private final Dashboards dashboards;

	private final JsonMapper json;

	private final Onderdrukking onderdrukking;

	private final MessageSource messages;

	private final Clock clock;

	DashboardController(Bereiken bereiken, Dashboards dashboards, JsonMapper json, Onderdrukking onderdrukking,
			MessageSource messages, Clock clock) {
		this.bereiken = bereiken;
		this.dashboards = dashboards;
		this.json = json;
		this.onderdrukking = onderdrukking;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String stad(@AuthenticationPrincipal WijkdossierUser gebruiker, @ModelAttribute("periodeForm") PeriodeForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		Bereik bereik = this.bereiken.stad(gebruiker);
		model.addAttribute("clusters", this.bereiken.clusters(gebruiker));
		return pagina(gebruiker, bereik, form, result, model, response);
	}

	@GetMapping("/clusters/{id}")
	String cluster(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("periodeForm") PeriodeForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		return pagina(gebruiker, this.bereiken.cluster(gebruiker, id), form, result, model, response);
	}

	@GetMapping("/teams/{id}")
	String team(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("periodeForm") PeriodeForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		Bereik bereik = this.bereiken.team(gebruiker, id);
		model.addAttribute("cluster", this.bereiken.clusterVan(id));
		return pagina(gebruiker, bereik, form, result, model, response);
	}

	@GetMapping(params = "export")
	ResponseEntity<byte[]> stadCsv(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@ModelAttribute("periodeForm") PeriodeForm form, @RequestParam String export) {
		return csv(this.bereiken.stad(gebruiker), form, export);
	}

	@GetMapping(path = "/clusters/{id}", params = "export")
	ResponseEntity<byte[]> clusterCsv(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("periodeForm") PeriodeForm form, @RequestParam String export) {
		return csv(this.bereiken.cluster(gebruiker, id), form, export);
	}

	@GetMapping(path = "/teams/{id}", params = "export")
	ResponseEntity<byte[]> teamCsv(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@ModelAttribute("periodeForm") PeriodeForm form, @RequestParam String export) {
		return csv(this.bereiken.team(gebruiker, id), form, export);
	}

	private String pagina(WijkdossierUser gebruiker, Bereik bereik, PeriodeForm form, BindingResult result, Model model,
			HttpServletResponse response) {
		LocalDate vandaag = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		Locale locale = LocaleContextHolder.getLocale();
		PeriodeKeuze keuze = PeriodeKeuze.van(form.getPeriode(), form.getVan(), form.getTot(), vandaag);
		model.addAttribute("bereik", bereik);
		model.addAttribute("pad", switch (bereik.soort()) {
			case STAD -> "/dashboard";
			case CLUSTER -> "/dashboard/clusters/" + bereik.id();
			case TEAM -> "/dashboard/teams/" + bereik.id();
		});
		model.addAttribute("kop", switch (bereik.soort()) {
			case STAD -> this.messages.getMessage(
					gebruiker.heeftRol(Rol.GEMEENTE) ? "dashboard.titel.stad" : "dashboard.titel.mijnTeams", null,
					locale);
			case CLUSTER -> this.messages.getMessage("dashboard.titel.cluster", new Object[] { bereik.naam() }, locale);
			case TEAM -> this.messages.getMessage("dashboard.titel.team", new Object[] { bereik.naam() }, locale);
		});
		model.addAttribute("teams", this.bereiken.teams(gebruiker, bereik));
		model.addAttribute("periodeKeuzes",
				Arrays.stream(Periode.Soort.values())
					.map((s) -> new Keuze(s.name(), this.messages.getMessage(s.messageKey(), null, locale)))
					.toList());
		model.addAttribute("drempel", this.onderdrukking.drempel());
		if (!keuze.isGeldig()) {
			keuze.fouten().forEach(result::rejectValue);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return PAGINA;
		}
		Periode periode = keuze.gekozen();
		form.setPeriode(keuze.periode());
		form.setVan(keuze.van());
		form.setTot(keuze.tot());
		List<Figuur> figuren = figuren(bereik, periode, vandaag);
		FiguurTekst tekst = new FiguurTekst(this.messages, locale, this.json);
		Map<String, String> grafieken = new LinkedHashMap<>();
		figuren.forEach((f) -> grafieken.put(f.id(), tekst.grafiekJson(f)));
		model.addAttribute("periode", periode);
		model.addAttribute("vorige", periode.vorige());
		model.addAttribute("figuren", figuren);
		model.addAttribute("grafieken", grafieken);
		model.addAttribute("tekst", tekst);
		model.addAttribute("locale", locale);
		model.addAttribute("bijgewerktOm",
				ZonedDateTime.now(this.clock).withZoneSameInstant(ClockConfiguration.ZONE).format(TIJD));
		return PAGINA;
	}

	private ResponseEntity<byte[]> csv(Bereik bereik, PeriodeForm form, String export) {
		LocalDate vandaag = LocalDate.now(this.clock.withZone(ClockConfiguration.ZONE));
		PeriodeKeuze keuze = PeriodeKeuze.van(form.getPeriode(), form.getVan(), form.getTot(), vandaag);
		if (!keuze.isGeldig()) {
			return ResponseEntity.unprocessableContent()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(this.messages.getMessage("dashboard.fout.export", null, LocaleContextHolder.getLocale())
					.getBytes(StandardCharsets.UTF_8));
		}
		Periode periode = keuze.gekozen();
		Figuur figuur = figuren(bereik, periode, vandaag).stream()
			.filter((f) -> f.id().equals(export))
			.findFirst()
			.orElseThrow(() -> new NietGevondenException("figuur " + export));
		String naam = "dashboard-" + bereik.soort().name().toLowerCase(Locale.ROOT)
				+ ((bereik.id() != null) ? "-" + bereik.id() : "") + "-" + figuur.id() + "-" + periode.van() + "-"
				+ periode.tot() + ".csv";
		String csv = new FiguurTekst(this.messages, LocaleContextHolder.getLocale(), this.json).csv(figuur);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(naam).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private List<Figuur> figuren(Bereik bereik, Periode periode, LocalDate vandaag) {
		return this.dashboards.figuren(bereik, periode, vandaag);
	}

}
