package nl.wijkdossier.organisatie;

import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkdossier.shared.Postcode;

/**
 * "Which team serves postcode 1325 AB?" — from the search box in every page's header (a
 * phone intake starts there). With htmx only the answer is swapped in; without JavaScript
 * the same handler renders a whole page.
 */
@Controller
class PostcodeController {

	private final Organisatie organisatie;

	PostcodeController(Organisatie organisatie) {
		this.organisatie = organisatie;
	}

	@GetMapping("/postcodes")
	String zoek(@RequestParam(name = "postcode", required = false) String postcode,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		model.addAttribute("postcode", postcode);
		if (postcode != null && !postcode.isBlank()) {
			Optional<String> pc4 = Postcode.pc4Van(postcode);
			model.addAttribute("geldig", pc4.isPresent());
			model.addAttribute("pc4", pc4.orElse(null));
			model.addAttribute("team", pc4.flatMap(this.organisatie::teamVoorPostcode).orElse(null));
		}
		return (htmx != null) ? "organisatie/postcode :: resultaat" : "organisatie/postcode";
	}

}
