package nl.wijkdossier.organisatie;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.shared.NietGevondenException;

/**
 * Functioneel beheer of the wijkteams: name, cluster, werkgebied, address, manager.
 */
@Controller
@RequestMapping("/beheer/teams")
@PreAuthorize("hasRole('BEHEERDER')")
class TeamBeheerController {

	private static final String LIJST = "redirect:/beheer/teams";

	private final OrganisatieBeheer beheer;

	private final Organisatie organisatie;

	private final WijkteamRepository teams;

	private final BeheerKeuzes keuzes;

	TeamBeheerController(OrganisatieBeheer beheer, Organisatie organisatie, WijkteamRepository teams,
			BeheerKeuzes keuzes) {
		this.beheer = beheer;
		this.organisatie = organisatie;
		this.teams = teams;
		this.keuzes = keuzes;
	}

	/** The team being edited, for the form's action; null on the other pages. */
	@ModelAttribute("id")
	Long id(@PathVariable(name = "id", required = false) Long id) {
		return id;
	}

	@GetMapping
	String lijst(Model model) {
		model.addAttribute("teams", this.organisatie.teams());
		return "beheer/teams";
	}

	@GetMapping("/nieuw")
	String nieuw(Model model) {
		model.addAttribute("form", TeamForm.leeg());
		return formulier(model, null);
	}

	@PostMapping
	String maakAan(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, RedirectAttributes redirect,
			Model model) {
		form.controleer(result);
		if (result.hasErrors()) {
			return formulier(model, null);
		}
		try {
			this.beheer.nieuwTeam(form.toGegevens());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return formulier(model, null);
		}
		redirect.addFlashAttribute("melding", "beheer.team.aangemaakt");
		return LIJST;
	}

	@GetMapping("/{id}/bewerken")
	String bewerk(@PathVariable long id, Model model) {
		Wijkteam team = this.teams.findWithWerkgebiedById(id).orElseThrow(() -> new NietGevondenException("team"));
		model.addAttribute("form", TeamForm.van(team));
		return formulier(model, team.getClusterId());
	}

	@PostMapping("/{id}")
	String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") TeamForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		form.controleer(result);
		if (result.hasErrors()) {
			return formulier(model, form.clusterId());
		}
		try {
			this.beheer.wijzigTeam(id, Formulieren.versie(form.version()), form.toGegevens());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return formulier(model, form.clusterId());
		}
		redirect.addFlashAttribute("melding", "beheer.team.gewijzigd");
		return LIJST;
	}

	@PostMapping("/{id}/deactiveren")
	String deactiveer(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.beheer.zetTeamActief(id, false);
			redirect.addFlashAttribute("melding", "beheer.team.gedeactiveerd");
		}
		catch (OngeldigeInvoer geweigerd) {
			Formulieren.meldWeigering(redirect, geweigerd);
		}
		return LIJST;
	}

	@PostMapping("/{id}/activeren")
	String activeer(@PathVariable long id, RedirectAttributes redirect) {
		this.beheer.zetTeamActief(id, true);
		redirect.addFlashAttribute("melding", "beheer.team.geactiveerd");
		return LIJST;
	}

	private String formulier(Model model, Long clusterId) {
		model.addAttribute("clusters", this.keuzes.clusters(clusterId));
		model.addAttribute("managers", this.keuzes.managers());
		return "beheer/team";
	}

}
