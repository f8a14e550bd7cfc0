package nl.wijkdossier.gesprek;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * The meldcode huiselijk geweld on the dossier: start it ("Meldcode starten") when a
 * suspicion arises outside a conversation, and record its steps in order. A refused form
 * shows the checklist again with what was typed and each error beside its field (422).
 */
@Controller
@RequestMapping("/casussen/{id}/meldcode")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class MeldcodeController {

	private final Meldcodes meldcodes;

	MeldcodeController(Meldcodes meldcodes) {
		this.meldcodes = meldcodes;
	}

	@PostMapping
	String start(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@RequestParam(required = false) String datum, RedirectAttributes redirect) {
		this.meldcodes.start(gebruiker, id, datum);
		redirect.addFlashAttribute("melding", "meldcode.gemeld.gestart");
		return "redirect:/casussen/" + id;
	}

	@PostMapping("/stappen/{stap}")
	String stap(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id, @PathVariable int stap,
			@RequestParam(required = false) String datum, @RequestParam(required = false) String toelichting,
			RedirectAttributes redirect) {
		this.meldcodes.legStapVast(gebruiker, id, stap, datum, toelichting);
		redirect.addFlashAttribute("melding", "meldcode.gemeld.stap");
		return "redirect:/casussen/" + id;
	}

	/**
	 * Refused: nothing stored; the checklist again with the errors beside their fields.
	 */
	@ExceptionHandler(MeldcodeGeweigerd.class)
	ModelAndView geweigerd(MeldcodeGeweigerd fout, HttpServletRequest request) {
		Map<String, String> variabelen = padVariabelen(request);
		long casusId = Long.parseLong(variabelen.get("id"));
		Integer stap = variabelen.containsKey("stap") ? Integer.valueOf(variabelen.get("stap")) : null;
		MeldcodeOverzicht.Invoer invoer = new MeldcodeOverzicht.Invoer(stap, request.getParameter("datum"),
				request.getParameter("toelichting"), fout.fouten());
		Meldcodes.Pagina pagina = this.meldcodes.lees(huidigeGebruiker(), casusId, invoer);
		ModelAndView mav = new ModelAndView("gesprek/meldcode");
		mav.addObject("kop", pagina.kop());
		mav.addObject("gegevens", pagina.overzicht());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> padVariabelen(HttpServletRequest request) {
		return (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
	}

	private static WijkdossierUser huidigeGebruiker() {
		return (WijkdossierUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
	}

}
