package nl.wijkdossier.spreekuur;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The week overview: this week's and next week's sessions of one's teams (and those one
 * is on duty in), per day, with who is on duty; cancelled ones with their reason,
 * sessions nobody staffs flagged in words. A wijkwerker puts herself on or off duty here;
 * a manager goes on to the roster.
 */
@Controller
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class SpreekurenController {

	private final SpreekuurAgenda agenda;

	private final Rooster rooster;

	private final SpreekuurToegang toegang;

	private final Organisatie organisatie;

	private final Clock clock;

	SpreekurenController(SpreekuurAgenda agenda, Rooster rooster, SpreekuurToegang toegang, Organisatie organisatie,
			Clock clock) {
		this.agenda = agenda;
		this.rooster = rooster;
		this.toegang = toegang;
		this.organisatie = organisatie;
		this.clock = clock;
	}

	@GetMapping("/spreekuren")
	String week(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		List<SpreekuurSessie> sessies = this.agenda.tweeWeken(gebruiker);
		Map<LocalDate, List<SpreekuurSessie>> perDag = new LinkedHashMap<>();
		for (SpreekuurSessie sessie : sessies) {
			perDag.computeIfAbsent(sessie.datum(), (d) -> new ArrayList<>()).add(sessie);
		}
		LocalDate vandaag = LocalDate.now(this.clock);
		List<TeamInfo> teams = this.organisatie.teamsVan(gebruiker);
		model.addAttribute("perDag", perDag);
		model.addAttribute("vandaag", vandaag);
		model.addAttribute("nu", this.clock.instant());
		model.addAttribute("teams", teams);
		model.addAttribute("eigenTeams", teams.stream().map(TeamInfo::id).toList());
		model.addAttribute("meerdereTeams", teams.size() > 1);
		model.addAttribute("medewerkerId", this.toegang.medewerkerIdVan(gebruiker));
		model.addAttribute("isManager", gebruiker.heeftRol(Rol.WIJKTEAMMANAGER));
		model.addAttribute("isWijkwerker", gebruiker.heeftRol(Rol.WIJKWERKER));
		model.addAttribute("onbezet", this.agenda.zonderBezetting(gebruiker));
		return "spreekuur/week";
	}

	/** A wijkwerker of the session's team puts herself on duty. */
	@PostMapping("/spreekuren/sessies/{sessieId}/dienst")
	@PreAuthorize("hasRole('WIJKWERKER')")
	String meldAan(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			RedirectAttributes redirect) {
		SpreekuurSessie sessie = this.agenda.sessie(gebruiker, sessieId)
			.filter((s) -> this.organisatie.teamsVan(gebruiker).stream().anyMatch((t) -> t.id() == s.teamId()))
			.orElseThrow(() -> new NietGevondenException("sessie"));
		try {
			this.rooster.voegMedewerkerToe(sessie.id(), this.toegang.medewerkerIdVan(gebruiker));
			redirect.addFlashAttribute("melding", "spreekuur.dienst.gemeld.aangemeld");
		}
		catch (SpreekuurWeigering geweigerd) {
			redirect.addFlashAttribute("dienstFout", geweigerd.fouten().get(0).code());
		}
		return "redirect:/spreekuren#sessie-" + sessieId;
	}

	/**
	 * A wijkwerker takes herself off duty (also in another team's session she covers).
	 */
	@PostMapping("/spreekuren/sessies/{sessieId}/dienst/afmelden")
	@PreAuthorize("hasRole('WIJKWERKER')")
	String meldAf(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			RedirectAttributes redirect) {
		SpreekuurSessie sessie = this.agenda.sessie(gebruiker, sessieId)
			.orElseThrow(() -> new NietGevondenException("sessie"));
		try {
			this.rooster.meldAf(sessie.id(), this.toegang.medewerkerIdVan(gebruiker));
			redirect.addFlashAttribute("melding", "spreekuur.dienst.gemeld.afgemeld");
		}
		catch (SpreekuurWeigering geweigerd) {
			redirect.addFlashAttribute("dienstFout", geweigerd.fouten().get(0).code());
		}
		return "redirect:/spreekuren#sessie-" + sessieId;
	}

}
