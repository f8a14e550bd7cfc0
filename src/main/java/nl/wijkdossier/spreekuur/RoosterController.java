package nl.wijkdossier.spreekuur;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The roster of one session: the manager of its team (or beheer) puts medewerkers of the
 * team or its cluster and volunteers on duty, and takes them off. Another team's session
 * does not exist for a manager (404).
 */
@Controller
@RequestMapping("/spreekuren/sessies/{sessieId}/rooster")
@PreAuthorize("hasAnyRole('BEHEERDER', 'WIJKTEAMMANAGER')")
class RoosterController {

	private final SpreekuurAgenda agenda;

	private final Rooster rooster;

	private final Organisatie organisatie;

	private final MessageSource messages;

	private final Clock clock;

	RoosterController(SpreekuurAgenda agenda, Rooster rooster, Organisatie organisatie, MessageSource messages,
			Clock clock) {
		this.agenda = agenda;
		this.rooster = rooster;
		this.organisatie = organisatie;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String toon(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId, Model model) {
		model.addAttribute("medewerkerForm", RoosterForm.medewerker());
		model.addAttribute("vrijwilligerForm", RoosterForm.vrijwilliger());
		return pagina(laad(gebruiker, sessieId), model);
	}

	@PostMapping(params = "wat=medewerker")
	String medewerker(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@Valid @ModelAttribute("medewerkerForm") RoosterForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("vrijwilligerForm", RoosterForm.vrijwilliger());
		return voegToe(gebruiker, sessieId, form, result, model, response, redirect);
	}

	@PostMapping(params = "wat=vrijwilliger")
	String vrijwilliger(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@Valid @ModelAttribute("vrijwilligerForm") RoosterForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("medewerkerForm", RoosterForm.medewerker());
		return voegToe(gebruiker, sessieId, form, result, model, response, redirect);
	}

	@PostMapping("/{dienstId}/verwijderen")
	String verwijder(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long sessieId,
			@PathVariable long dienstId, RedirectAttributes redirect) {
		laad(gebruiker, sessieId);
		try {
			this.rooster.verwijder(sessieId, dienstId);
			redirect.addFlashAttribute("melding", "spreekuur.rooster.gemeld.verwijderd");
		}
		catch (SpreekuurWeigering geweigerd) {
			redirect.addFlashAttribute("roosterFout", geweigerd.fouten().get(0).code());
		}
		return "redirect:/spreekuren/sessies/" + sessieId + "/rooster";
	}

	private String voegToe(WijkdossierUser gebruiker, long sessieId, RoosterForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		SpreekuurSessie sessie = laad(gebruiker, sessieId);
		form.controleer(result);
		if (!result.hasErrors()) {
			try {
				if (form.isVrijwilliger()) {
					this.rooster.voegVrijwilligerToe(sessieId, form.vrijwilligerNaam(), form.vrijwilligerOrganisatie());
				}
				else {
					this.rooster.voegMedewerkerToe(sessieId, form.medewerkerId());
				}
				redirect.addFlashAttribute("melding", "spreekuur.rooster.gemeld.toegevoegd");
				return "redirect:/spreekuren/sessies/" + sessieId + "/rooster";
			}
			catch (SpreekuurWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(sessie, model);
	}

	private SpreekuurSessie laad(WijkdossierUser gebruiker, long sessieId) {
		return this.agenda.sessieVoorRooster(gebruiker, sessieId)
			.orElseThrow(() -> new NietGevondenException("sessie"));
	}

	/** The medewerkers of the session's cluster, own team first, not yet on duty. */
	private String pagina(SpreekuurSessie sessie, Model model) {
		TeamInfo team = this.organisatie.team(sessie.teamId()).orElseThrow();
		List<TeamInfo> cluster = this.organisatie.teams()
			.stream()
			.filter((t) -> t.clusterId() == team.clusterId() && t.actief())
			.sorted((a, b) -> Boolean.compare(a.id() != team.id(), b.id() != team.id()))
			.toList();
		List<Keuze> medewerkers = cluster.stream()
			.flatMap((t) -> this.organisatie.medewerkersVanTeam(t.id()).stream())
			.filter(MedewerkerInfo::actief)
			.filter((m) -> !sessie.heeftDienst(m.id()))
			.map((m) -> new Keuze(String.valueOf(m.id()),
					this.messages.getMessage("spreekuur.rooster.medewerkerKeuze",
							new Object[] { m.naam(), m.teamNaam() }, LocaleContextHolder.getLocale())))
			.toList();
		model.addAttribute("sessie", sessie);
		model.addAttribute("team", team);
		model.addAttribute("medewerkers", medewerkers);
		model.addAttribute("wijzigbaar", !sessie.isVervallen() && !sessie.isVoorbij(this.clock.instant()));
		return "spreekuur/rooster";
	}

}
