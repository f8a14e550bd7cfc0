package nl.wijkdossier.clusterplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Adopting a new version of a cluster plan: {@code GET/POST
 * /clusterplannen/{clusterId}/bewerken} with {@code visie}, {@code opgaven},
 * {@code beoogdeOntwikkeling}, {@code streefwaarden[SOORT]} and {@code basisVersie}. Only
 * the gemeente (others 403). A wrong field comes back with a Dutch error next to it (422,
 * nothing stored); a version adopted by someone else since the form was opened gives the
 * conflict (409): both side by side, her input kept in the form, nothing stored until she
 * saves again from the newest version.
 */
@Controller
@RequestMapping("/clusterplannen/{clusterId}/bewerken")
@PreAuthorize("hasRole('GEMEENTE')")
class ClusterplanBewerkController {

	private static final String FORMULIER = "clusterplan/bewerken";

	private final Clusterplannen plannen;

	ClusterplanBewerkController(Clusterplannen plannen) {
		this.plannen = plannen;
	}

	@GetMapping
	String formulier(@PathVariable long clusterId, Model model) {
		String naam = clusterNaam(clusterId);
		model.addAttribute("form", PlanForm.van(this.plannen.huidig(clusterId)));
		return formulier(model, clusterId, naam);
	}

	@PostMapping
	String legVast(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long clusterId,
			@ModelAttribute("form") PlanForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		String naam = clusterNaam(clusterId);
		if (result.hasFieldErrors("basisVersie") || form.getBasisVersie() == null || form.getBasisVersie() < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "basisVersie ontbreekt of is geen getal");
		}
		Optional<PlanInhoud> inhoud = form.controleer(result);
		if (inhoud.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return formulier(model, clusterId, naam);
		}
		try {
			int versie = this.plannen.legVast(gebruiker, clusterId, form.getBasisVersie(), inhoud.get());
			redirect.addFlashAttribute("melding", (versie == form.getBasisVersie()) ? "clusterplan.gemeld.ongewijzigd"
					: "clusterplan.gemeld.vastgesteld");
			return "redirect:/clusterplannen/" + clusterId;
		}
		catch (PlanIntussenGewijzigd ex) {
			Clusterplan nu = this.plannen.huidig(clusterId).orElseThrow();
			model.addAttribute("conflict", nu);
			model.addAttribute("vergelijking", vergelijk(nu, inhoud.get()));
			// she saves again from the version she has now seen
			form.setBasisVersie(nu.versie());
			response.setStatus(HttpStatus.CONFLICT.value());
			return formulier(model, clusterId, naam);
		}
	}

	private String clusterNaam(long clusterId) {
		return this.plannen.clusterNaam(clusterId).orElseThrow(() -> new NietGevondenException("cluster " + clusterId));
	}

	private String formulier(Model model, long clusterId, String naam) {
		model.addAttribute("clusterId", clusterId);
		model.addAttribute("clusterNaam", naam);
		model.addAttribute("soorten", StreefwaardeSoort.values());
		return FORMULIER;
	}

	/**
	 * The newest version beside what she typed, section by section and target by target.
	 */
	private static List<Vergelijking> vergelijk(Clusterplan nu, PlanInhoud ingevuld) {
		List<Vergelijking> regels = new ArrayList<>();
		regels.add(Vergelijking.van("clusterplan.veld.visie", nu.visie(), ingevuld.visie()));
		regels.add(Vergelijking.van("clusterplan.veld.opgaven", nu.opgaven(), ingevuld.opgaven()));
		regels.add(Vergelijking.van("clusterplan.veld.beoogdeOntwikkeling", nu.beoogdeOntwikkeling(),
				ingevuld.beoogdeOntwikkeling()));
		for (StreefwaardeSoort soort : StreefwaardeSoort.values()) {
			BigDecimal oud = nu.streefwaarde(soort).map(Streefwaarde::waarde).orElse(null);
			BigDecimal nieuw = ingevuld.streefwaarden().get(soort);
			regels.add(new Vergelijking(soort.messageKey(), (oud != null) ? Streefwaarden.tekst(oud) : null,
					(nieuw != null) ? Streefwaarden.tekst(nieuw) : null,
					(oud == null || nieuw == null) ? !Objects.equals(oud, nieuw) : oud.compareTo(nieuw) != 0));
		}
		return regels;
	}

	/**
	 * One row of the conflict comparison ({@code fragments/vergelijking :: tabel}): the
	 * label's message key, stored now, typed by her, and whether they differ.
	 */
	record Vergelijking(String label, String nu, String ingevuld, boolean verschilt) {

		static Vergelijking van(String label, String nu, String ingevuld) {
			return new Vergelijking(label, nu, ingevuld, !Objects.equals(nu, ingevuld));
		}

	}

}
