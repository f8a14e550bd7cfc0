package nl.wijkdossier.casus;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * The wachtlijst of the user's teams, with filters (the table refreshes with htmx; the
 * same handler renders the whole page without JavaScript), and its actions: a wijkwerker
 * picks a case up, a manager assigns one or more cases to a medewerker of the team. The
 * rules of both live in {@link Casussen}; here only post/redirect/get.
 */
@Controller
@RequestMapping("/wachtlijst")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class WachtlijstController {

	private static final String TERUG = "redirect:/wachtlijst";

	/** The most cases one bulk action may assign. */
	static final int MAXIMUM_BULK = Wachtlijst.PER_PAGINA;

	private final Wachtlijst wachtlijst;

	private final Casussen casussen;

	private final Organisatie organisatie;

	WachtlijstController(Wachtlijst wachtlijst, Casussen casussen, Organisatie organisatie) {
		this.wachtlijst = wachtlijst;
		this.casussen = casussen;
		this.organisatie = organisatie;
	}

	@GetMapping
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "team", required = false) Long team,
			@RequestParam(name = "urgentie", required = false) Urgentie urgentie,
			@RequestParam(name = "domein", required = false) ZrmDomein domein,
			@RequestParam(name = "pagina", defaultValue = "1") int pagina,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Wachtlijst.Filter filter = new Wachtlijst.Filter(team, urgentie, domein);
		model.addAttribute("filter", filter);
		model.addAttribute("lijst", this.wachtlijst.lees(gebruiker, filter, pagina - 1));
		model.addAttribute("manager", gebruiker.heeftRol(Rol.WIJKTEAMMANAGER));
		model.addAttribute("urgenties", Urgentie.values());
		model.addAttribute("domeinen", ZrmDomein.values());
		if (htmx != null) {
			return "casus/wachtlijst :: tabel";
		}
		List<TeamInfo> teams = this.organisatie.teamsVan(gebruiker);
		model.addAttribute("teams", teams);
		if (gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			List<TeamMedewerkers> medewerkers = new ArrayList<>();
			for (TeamInfo t : teams) {
				medewerkers.add(new TeamMedewerkers(t, this.organisatie.medewerkersVanTeam(t.id())));
			}
			model.addAttribute("medewerkersPerTeam", medewerkers);
		}
		return "casus/wachtlijst";
	}

	@PostMapping("/{id}/oppakken")
	@PreAuthorize("hasRole('WIJKWERKER')")
	String pakOp(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.casussen.pakOp(gebruiker, id, version);
			redirect.addFlashAttribute("melding", "wachtlijst.gemeld.opgepakt");
		}
		catch (OngeldigeOvergang geweigerd) {
			redirect.addFlashAttribute("fout", geweigerd.code());
		}
		return TERUG;
	}

	@PostMapping("/toewijzen")
	@PreAuthorize("hasRole('WIJKTEAMMANAGER')")
	String wijsToe(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "casussen", required = false) List<Long> casusIds,
			@RequestParam(name = "medewerker", required = false) Long medewerker, RedirectAttributes redirect) {
		if (casusIds == null || casusIds.isEmpty()) {
			redirect.addFlashAttribute("fout", "wachtlijst.fout.geenCasussen");
			return TERUG;
		}
		if (medewerker == null) {
			redirect.addFlashAttribute("fout", "wachtlijst.fout.geenMedewerker");
			return TERUG;
		}
		if (casusIds.size() > MAXIMUM_BULK) {
			redirect.addFlashAttribute("fout", "wachtlijst.fout.teVeel");
			return TERUG;
		}
		try {
			this.casussen.wijsToe(gebruiker, casusIds, medewerker);
			redirect.addFlashAttribute("melding", "wachtlijst.gemeld.toegewezen");
		}
		catch (OngeldigeOvergang geweigerd) {
			redirect.addFlashAttribute("fout", geweigerd.code());
		}
		return TERUG;
	}

	/** The choice of medewerkers for the bulk assignment, grouped by team. */
	record TeamMedewerkers(TeamInfo team, List<MedewerkerInfo> medewerkers) {
	}

}
