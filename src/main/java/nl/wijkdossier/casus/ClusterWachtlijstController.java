package nl.wijkdossier.casus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;

/**
 * The clusterwachtlijst, for managers only: the waiting cases of all their teams, with
 * the balance per team of each cluster, filtered with htmx (the same handler renders the
 * whole page without JavaScript); and moving cases to another team of the cluster — one
 * from its own page ({@code /casussen/{id}/team}, reached from the list and the dossier),
 * or several from the list at once. The rules live in {@link Regievoering}; a missing or
 * refused field is shown next to it (422) and nothing changes, a stale version is the
 * conflict page (409).
 */
@Controller
@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
class ClusterWachtlijstController {

	private static final Logger log = LoggerFactory.getLogger(ClusterWachtlijstController.class);

	private static final String PAGINA = "casus/wachtlijst-cluster";

	private static final Set<String> TEAM_FOUTEN = Set.of("clusterwachtlijst.regel.zelfdeTeam",
			"clusterwachtlijst.regel.anderCluster", "clusterwachtlijst.regel.teamInactief");

	private static final Set<String> REDEN_FOUTEN = Set.of("casus.regel.redenVerplicht", "regie.regel.redenTeLang");

	private final Wachtlijst wachtlijst;

	private final Regievoering regievoering;

	private final Dossiers dossiers;

	private final Organisatie organisatie;

	private final Toegang toegang;

	ClusterWachtlijstController(Wachtlijst wachtlijst, Regievoering regievoering, Dossiers dossiers,
			Organisatie organisatie, Toegang toegang) {
		this.wachtlijst = wachtlijst;
		this.regievoering = regievoering;
		this.dossiers = dossiers;
		this.organisatie = organisatie;
		this.toegang = toegang;
	}

	@GetMapping("/wachtlijst/cluster")
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "team", required = false) Long team,
			@RequestParam(name = "urgentie", required = false) Urgentie urgentie,
			@RequestParam(name = "pagina", defaultValue = "1") int pagina,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		ClusterVerplaatsForm form = new ClusterVerplaatsForm();
		form.setFilterTeam(team);
		form.setFilterUrgentie(urgentie);
		form.setFilterPagina(pagina);
		model.addAttribute("verplaatsen", form);
		vul(gebruiker, form, model);
		return (htmx != null) ? PAGINA + " :: tabel" : PAGINA;
	}

	/**
	 * Moves the chosen cases to one team: all or nothing; a case that cannot go is named
	 * next to its row.
	 */
	@PostMapping("/wachtlijst/cluster/verplaatsen")
	String verplaats(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@Valid @ModelAttribute("verplaatsen") ClusterVerplaatsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				int aantal = this.regievoering.verplaatsNaarTeam(gebruiker, form.getCasusIds(), form.getTeamId(),
						form.getReden());
				redirect.addFlashAttribute("melding", (aantal == 1) ? "clusterwachtlijst.gemeld.verplaatstEen"
						: "clusterwachtlijst.gemeld.verplaatstMeer");
				return "redirect:/wachtlijst/cluster";
			}
			catch (Regievoering.BulkGeweigerd geweigerd) {
				Map<Long, String> perCasus = new LinkedHashMap<>();
				geweigerd.weigeringen().forEach((w) -> perCasus.put(w.casusId(), w.code()));
				model.addAttribute("weigeringen", perCasus);
				result.reject("clusterwachtlijst.bulk.geweigerd");
			}
			catch (OngeldigeOvergang fout) {
				wijsToe(result, fout);
			}
			catch (OptimisticLockingFailureException fout) {
				log.info("Gelijktijdige wijziging bij verplaatsen geweigerd: {}", fout.getMessage());
				result.reject("clusterwachtlijst.bulk.intussenGewijzigd");
			}
		}
		vul(gebruiker, form, model);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return PAGINA;
	}

	/** Moving one case: its own page, from the list or the dossier. */
	@GetMapping("/casussen/{id}/team")
	String formulier(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam(name = "terug", required = false) String terug, Model model) {
		VerplaatsForm form = new VerplaatsForm();
		form.setTerug("cluster".equals(terug) ? terug : null);
		model.addAttribute("verplaatsen", form);
		form.setVersion(vulDossier(gebruiker, id, model).version());
		return "casus/team-verplaatsen";
	}

	@PostMapping("/casussen/{id}/team")
	String verplaats(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@Valid @ModelAttribute("verplaatsen") VerplaatsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.regievoering.verplaatsNaarTeam(gebruiker, id, form.getVersion(), form.getTeamId(),
						form.getReden());
				redirect.addFlashAttribute("melding", "clusterwachtlijst.gemeld.verplaatstEen");
				boolean nogInBeeld = this.toegang.scopeVan(gebruiker).teamIds().contains(form.getTeamId());
				return (form.isVanClusterwachtlijst() || !nogInBeeld) ? "redirect:/wachtlijst/cluster"
						: "redirect:/casussen/" + id;
			}
			catch (OngeldigeOvergang fout) {
				wijsToe(result, fout);
			}
		}
		vulDossier(gebruiker, id, model);
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "casus/team-verplaatsen";
	}

	/** Someone else changed the case first: the conflict page shows how it is now. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView conflict(OptimisticLockingFailureException fout, HttpServletRequest request) {
		log.info("Gelijktijdige wijziging bij verplaatsen geweigerd: {}", fout.getMessage());
		@SuppressWarnings("unchecked")
		Map<String, String> variabelen = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		ModelAndView pagina = new ModelAndView("casus/conflict");
		pagina.addObject("dossier", this.dossiers.lees(huidigeGebruiker(), Long.parseLong(variabelen.get("id"))));
		pagina.setStatus(HttpStatus.CONFLICT);
		return pagina;
	}

	private void vul(WijkdossierUser gebruiker, ClusterVerplaatsForm form, Model model) {
		Wachtlijst.Filter filter = new Wachtlijst.Filter(form.getFilterTeam(), form.getFilterUrgentie(), null);
		int pagina = (form.getFilterPagina() != null) ? form.getFilterPagina() : 1;
		List<TeamInfo> eigenTeams = this.organisatie.teamsVan(gebruiker);
		model.addAttribute("filter", filter);
		model.addAttribute("cluster", this.wachtlijst.leesCluster(gebruiker, filter, pagina - 1));
		model.addAttribute("teams", eigenTeams);
		model.addAttribute("urgenties", Urgentie.values());
		model.addAttribute("doelen", doelen(eigenTeams));
	}

	private Dossier vulDossier(WijkdossierUser gebruiker, long id, Model model) {
		Dossier dossier = this.dossiers.lees(gebruiker, id);
		TeamInfo huidig = this.organisatie.team(dossier.teamId()).orElseThrow();
		model.addAttribute("dossier", dossier);
		model.addAttribute("huidigTeam", huidig);
		model.addAttribute("doelen",
				this.organisatie.teams()
					.stream()
					.filter((t) -> t.actief() && t.clusterId() == huidig.clusterId() && t.id() != huidig.id())
					.toList());
		return dossier;
	}

	/**
	 * The teams a case of the manager's teams may go to: the active teams of the clusters
	 * of his teams, per cluster.
	 */
	private List<ClusterTeams> doelen(List<TeamInfo> eigenTeams) {
		Set<Long> clusters = new HashSet<>();
		eigenTeams.forEach((t) -> clusters.add(t.clusterId()));
		Map<Long, ClusterTeams> perCluster = new LinkedHashMap<>();
		for (TeamInfo t : this.organisatie.teams()) {
			if (t.actief() && clusters.contains(t.clusterId())) {
				perCluster.computeIfAbsent(t.clusterId(), (id) -> new ClusterTeams(t.clusterNaam(), new ArrayList<>()))
					.teams()
					.add(t);
			}
		}
		return List.copyOf(perCluster.values());
	}

	private static void wijsToe(BindingResult result, OngeldigeOvergang fout) {
		if (TEAM_FOUTEN.contains(fout.code())) {
			result.rejectValue("teamId", fout.code());
		}
		else if (REDEN_FOUTEN.contains(fout.code())) {
			result.rejectValue("reden", fout.code());
		}
		else {
			result.reject(fout.code());
		}
	}

	private static WijkdossierUser huidigeGebruiker() {
		return (WijkdossierUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
	}

	/** The teams of one cluster a case may move to. */
	record ClusterTeams(String clusterNaam, List<TeamInfo> teams) {
	}

}
