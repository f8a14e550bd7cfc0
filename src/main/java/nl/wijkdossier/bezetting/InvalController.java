package nl.wijkdossier.bezetting;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * The invaller's page: the colleagues she covers today and their open cases, each a link
 * to the dossier. The list is access-logged case by case, on behalf of the absent
 * regievoerder; outside an inval it is empty.
 */
@Controller
@PreAuthorize("hasRole('WIJKWERKER')")
class InvalController {

	private final InvalCasussen casussen;

	private final Clock clock;

	InvalController(InvalCasussen casussen, Clock clock) {
		this.casussen = casussen;
		this.clock = clock;
	}

	@GetMapping("/inval")
	String inval(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		model.addAttribute("collegas", this.casussen.vandaag(gebruiker));
		model.addAttribute("vandaag", Positie.vandaag(this.clock));
		return "bezetting/inval";
	}

}
