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
 * "Klaar" and "heropenen" on an agreement, from the dossier or the wijkwerker's home: the
 * form posts the version the user saw and, optionally, where to go back to (a local path
 * only). A stale version is the conflict page (409); a change the rules refuse shows the
 * case's agreements with the reason (422).
 */
@Controller
@RequestMapping("/casussen/{id}/afspraken/{afspraakId}")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class AfspraakController {

	private final Afspraken afspraken;

	AfspraakController(Afspraken afspraken) {
		this.afspraken = afspraken;
	}

	@PostMapping("/klaar")
	String klaar(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long afspraakId, @RequestParam long version, @RequestParam(required = false) String terug,
			RedirectAttributes redirect) {
		this.afspraken.klaar(gebruiker, id, afspraakId, version);
		redirect.addFlashAttribute("melding", "afspraak.gemeld.klaar");
		return "redirect:" + terugNaar(terug, id);
	}

	@PostMapping("/heropenen")
	String heropen(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long afspraakId, @RequestParam long version, @RequestParam(required = false) String terug,
			RedirectAttributes redirect) {
		this.afspraken.heropen(gebruiker, id, afspraakId, version);
		redirect.addFlashAttribute("melding", "afspraak.gemeld.heropend");
		return "redirect:" + terugNaar(terug, id);
	}

	/** The rules refused the change: nothing changed; the case's agreements say why. */
	@ExceptionHandler(AfspraakGeweigerd.class)
	ModelAndView geweigerd(AfspraakGeweigerd fout, HttpServletRequest request) {
		long casusId = casusId(request);
		Afspraken.Pagina pagina = this.afspraken.lees(huidigeGebruiker(), casusId);
		ModelAndView mav = new ModelAndView("gesprek/afspraken");
		mav.addObject("kop", pagina.kop());
		mav.addObject("gegevens", pagina.overzicht());
		mav.addObject("fout", fout.code());
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

	/**
	 * Where to go after the change: the given path when it is a path of this application
	 * (starts with one slash; no scheme, host, backslash, braces or whitespace), else the
	 * dossier.
	 */
	static String terugNaar(String terug, long casusId) {
		return isLokaalPad(terug) ? terug : "/casussen/" + casusId;
	}

	static boolean isLokaalPad(String pad) {
		if (pad == null || pad.length() > 500 || !pad.startsWith("/") || pad.startsWith("//")) {
			return false;
		}
		return pad.chars()
			.noneMatch(
					(c) -> c == '\\' || c == '{' || c == '}' || Character.isISOControl(c) || Character.isWhitespace(c));
	}

	private static long casusId(HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variabelen = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return Long.parseLong(variabelen.get("id"));
	}

	private static WijkdossierUser huidigeGebruiker() {
		return (WijkdossierUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
	}

}
