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

/** Functioneel beheer of the clusters. */
@Controller
@RequestMapping("/beheer/clusters")
@PreAuthorize("hasRole('BEHEERDER')")
class ClusterBeheerController {

	private static final String LIJST = "redirect:/beheer/clusters";

	private static final String FORMULIER = "beheer/cluster";

	private final OrganisatieBeheer beheer;

	private final Organisatie organisatie;

	private final ClusterRepository clusters;

	ClusterBeheerController(OrganisatieBeheer beheer, Organisatie organisatie, ClusterRepository clusters) {
		this.beheer = beheer;
		this.organisatie = organisatie;
		this.clusters = clusters;
	}

	/** The cluster being edited, for the form's action; null on the other pages. */
	@ModelAttribute("id")
	Long id(@PathVariable(name = "id", required = false) Long id) {
		return id;
	}

	@GetMapping
	String lijst(Model model) {
		model.addAttribute("clusters", this.organisatie.clusters());
		return "beheer/clusters";
	}

	@GetMapping("/nieuw")
	String nieuw(Model model) {
		model.addAttribute("form", NaamForm.leeg());
		return FORMULIER;
	}

	@PostMapping
	String maakAan(@Valid @ModelAttribute("form") NaamForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORMULIER;
		}
		try {
			this.beheer.nieuwCluster(form.naam());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return FORMULIER;
		}
		redirect.addFlashAttribute("melding", "beheer.cluster.aangemaakt");
		return LIJST;
	}

	@GetMapping("/{id}/bewerken")
	String bewerk(@PathVariable long id, Model model) {
		Cluster cluster = this.clusters.findById(id).orElseThrow(() -> new NietGevondenException("cluster"));
		model.addAttribute("form", NaamForm.van(cluster));
		return FORMULIER;
	}

	@PostMapping("/{id}")
	String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") NaamForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORMULIER;
		}
		try {
			this.beheer.wijzigCluster(id, Formulieren.versie(form.version()), form.naam());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return FORMULIER;
		}
		redirect.addFlashAttribute("melding", "beheer.cluster.gewijzigd");
		return LIJST;
	}

	@PostMapping("/{id}/deactiveren")
	String deactiveer(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.beheer.zetClusterActief(id, false);
			redirect.addFlashAttribute("melding", "beheer.cluster.gedeactiveerd");
		}
		catch (OngeldigeInvoer geweigerd) {
			Formulieren.meldWeigering(redirect, geweigerd);
		}
		return LIJST;
	}

	@PostMapping("/{id}/activeren")
	String activeer(@PathVariable long id, RedirectAttributes redirect) {
		this.beheer.zetClusterActief(id, true);
		redirect.addFlashAttribute("melding", "beheer.cluster.geactiveerd");
		return LIJST;
	}

}
