package nl.wijkdossier.organisatie;

import jakarta.validation.groups.Default;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.Accounts;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Functioneel beheer of the medewerkers and, with them, their accounts: a new medewerker
 * gets an account with a first password; deactivating her blocks her login.
 */
@Controller
@RequestMapping("/beheer/medewerkers")
@PreAuthorize("hasRole('BEHEERDER')")
class MedewerkerBeheerController {

	private static final String LIJST = "redirect:/beheer/medewerkers";

	private final OrganisatieBeheer beheer;

	private final Organisatie organisatie;

	private final MedewerkerRepository medewerkers;

	private final Accounts accounts;

	private final BeheerKeuzes keuzes;

	MedewerkerBeheerController(OrganisatieBeheer beheer, Organisatie organisatie, MedewerkerRepository medewerkers,
			Accounts accounts, BeheerKeuzes keuzes) {
		this.beheer = beheer;
		this.organisatie = organisatie;
		this.medewerkers = medewerkers;
		this.accounts = accounts;
		this.keuzes = keuzes;
	}

	/** The medewerker being edited, for the form's action; null on the other pages. */
	@ModelAttribute("id")
	Long id(@PathVariable(name = "id", required = false) Long id) {
		return id;
	}

	@GetMapping
	String lijst(Model model) {
		model.addAttribute("medewerkers", this.organisatie.medewerkers());
		return "beheer/medewerkers";
	}

	@GetMapping("/nieuw")
	String nieuw(Model model) {
		model.addAttribute("form", MedewerkerForm.leeg());
		return formulier(model, null, null);
	}

	@PostMapping
	String maakAan(
			@Validated({ Default.class, MedewerkerForm.Nieuw.class }) @ModelAttribute("form") MedewerkerForm form,
			BindingResult result, RedirectAttributes redirect, Model model) {
		form.controleer(result, true);
		if (result.hasErrors()) {
			return formulier(model, null, null);
		}
		try {
			this.beheer.nieuweMedewerker(form.toGegevens(), form.gebruikersnaam(), form.rol(),
					this.accounts.hash(form.wachtwoord()));
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return formulier(model, null, null);
		}
		redirect.addFlashAttribute("melding", "beheer.medewerker.aangemaakt");
		return LIJST;
	}

	@GetMapping("/{id}/bewerken")
	String bewerk(@PathVariable long id, Model model) {
		Medewerker medewerker = this.medewerkers.findById(id)
			.orElseThrow(() -> new NietGevondenException("medewerker"));
		model.addAttribute("form",
				MedewerkerForm.van(medewerker, this.accounts.info(medewerker.getGebruikerId()).rol()));
		return formulier(model, medewerker.getPartnerId(), medewerker.getTeamId());
	}

	@PostMapping("/{id}")
	String wijzig(@PathVariable long id, @Validated @ModelAttribute("form") MedewerkerForm form, BindingResult result,
			RedirectAttributes redirect, Model model) {
		form.controleer(result, false);
		if (result.hasErrors()) {
			return formulier(model, form.partnerId(), form.teamId());
		}
		try {
			this.beheer.wijzigMedewerker(id, Formulieren.versie(form.version()), form.toGegevens(), form.rol());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return formulier(model, form.partnerId(), form.teamId());
		}
		redirect.addFlashAttribute("melding", "beheer.medewerker.gewijzigd");
		return LIJST;
	}

	@PostMapping("/{id}/deactiveren")
	String deactiveer(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.beheer.zetMedewerkerActief(id, false);
			redirect.addFlashAttribute("melding", "beheer.medewerker.gedeactiveerd");
		}
		catch (OngeldigeInvoer geweigerd) {
			Formulieren.meldWeigering(redirect, geweigerd);
		}
		return LIJST;
	}

	@PostMapping("/{id}/activeren")
	String activeer(@PathVariable long id, RedirectAttributes redirect) {
		this.beheer.zetMedewerkerActief(id, true);
		redirect.addFlashAttribute("melding", "beheer.medewerker.geactiveerd");
		return LIJST;
	}

	private String formulier(Model model, Long partnerId, Long teamId) {
		model.addAttribute("partners", this.keuzes.partners(partnerId));
		model.addAttribute("teams", this.keuzes.teams(teamId));
		model.addAttribute("rollen", this.keuzes.rollen());
		model.addAttribute("focussen", this.keuzes.focussen());
		return "beheer/medewerker";
	}

}
