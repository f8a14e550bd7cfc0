package nl.wijkdossier.casus;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * Search for residents, as you type (htmx swaps in the results) or with the button
 * (without JavaScript the same handler renders the whole page).
 */
@Controller
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class ZoekController {

	/** Longer input is no name, date, address or BSN; it is not searched. */
	static final int MAXIMUM_LENGTE = 100;

	private final InwonerZoeker zoeker;

	ZoekController(InwonerZoeker zoeker) {
		this.zoeker = zoeker;
	}

	@GetMapping("/zoeken")
	String zoek(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@RequestParam(name = "q", required = false) String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String tekst = (q != null) ? q.strip() : "";
		if (tekst.length() > MAXIMUM_LENGTE) {
			tekst = tekst.substring(0, MAXIMUM_LENGTE);
		}
		model.addAttribute("q", tekst);
		if (!tekst.isEmpty()) {
			model.addAttribute("resultaat", this.zoeker.zoek(gebruiker, tekst));
		}
		return (htmx != null) ? "casus/zoeken :: resultaten" : "casus/zoeken";
	}

}
