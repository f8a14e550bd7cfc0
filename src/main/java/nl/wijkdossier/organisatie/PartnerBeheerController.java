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

/** Functioneel beheer of the convenantpartners. */
@Controller
@RequestMapping("/beheer/partners")
@PreAuthorize("hasRole('BEHEERDER')")
class PartnerBeheerController {

	private static final String LIJST = "redirect:/beheer/partners";

	private static final String FORMULIER = "beheer/partner";

	private final OrganisatieBeheer beheer;

	private final Organisatie organisatie;

	private final ConvenantpartnerRepository partners;

	PartnerBeheerController(OrganisatieBeheer beheer, Organisatie organisatie, ConvenantpartnerRepository partners) {
		this.beheer = beheer;
		this.organisatie = organisatie;
		this.partners = partners;
	}

	/** The partner being edited, for the form's action; null on the other pages. */
	@ModelAttribute("id")
	Long id(@PathVariable(name = "id", required = false) Long id) {
		return id;
	}

	@GetMapping
	String lijst(Model model) {
		model.addAttribute("partners", this.organisatie.partners());
		return "beheer/partners";
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
			this.beheer.nieuwePartner(form.naam());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return FORMULIER;
		}
		redirect.addFlashAttribute("melding", "beheer.partner.aangemaakt");
		return LIJST;
	}

	@GetMapping("/{id}/bewerken")
	String bewerk(@PathVariable long id, Model model) {
		Convenantpartner partner = this.partners.findById(id)
			.orElseThrow(() -> new NietGevondenException("convenantpartner"));
		model.addAttribute("form", NaamForm.van(partner));
		return FORMULIER;
	}

	@PostMapping("/{id}")
	String wijzig(@PathVariable long id, @Valid @ModelAttribute("form") NaamForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FORMULIER;
		}
		try {
			this.beheer.wijzigPartner(id, Formulieren.versie(form.version()), form.naam());
		}
		catch (OngeldigeInvoer geweigerd) {
			geweigerd.meldAan(result);
			return FORMULIER;
		}
		redirect.addFlashAttribute("melding", "beheer.partner.gewijzigd");
		return LIJST;
	}

	@PostMapping("/{id}/deactiveren")
	String deactiveer(@PathVariable long id, RedirectAttributes redirect) {
		this.beheer.zetPartnerActief(id, false);
		redirect.addFlashAttribute("melding", "beheer.partner.gedeactiveerd");
		return LIJST;
	}

	@PostMapping("/{id}/activeren")
	String activeer(@PathVariable long id, RedirectAttributes redirect) {
		this.beheer.zetPartnerActief(id, true);
		redirect.addFlashAttribute("melding", "beheer.partner.geactiveerd");
		return LIJST;
	}

}
