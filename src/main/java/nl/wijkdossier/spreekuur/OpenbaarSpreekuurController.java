package nl.wijkdossier.spreekuur;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.Postcode;

/**
 * The public timetable of the spreekuren, for a resident or a GP's assistant: no login,
 * no session, no JavaScript needed. A postcode finds the team that serves it and puts its
 * spreekuren first. It names no staff and shows nothing of visitors. Caches may keep it
 * for a few minutes: it is the same for everyone.
 */
@Controller
class OpenbaarSpreekuurController {

	/** How long a browser or proxy may reuse the page. */
	static final Duration CACHE = Duration.ofMinutes(5);

	private final OpenbaarSpreekuurLijst lijst;

	private final Organisatie organisatie;

	OpenbaarSpreekuurController(OpenbaarSpreekuurLijst lijst, Organisatie organisatie) {
		this.lijst = lijst;
		this.organisatie = organisatie;
	}

	@GetMapping("/openbaar/spreekuren")
	String spreekuren(@RequestParam(name = "postcode", required = false) String postcode, Model model,
			HttpServletResponse response) {
		String ingevuld = (postcode != null) ? postcode.strip() : "";
		if (ingevuld.length() > 10) {
			ingevuld = ingevuld.substring(0, 10);
		}
		Optional<TeamInfo> team = Optional.empty();
		String uitkomst = null;
		if (!ingevuld.isEmpty()) {
			if (Postcode.pc4Van(ingevuld).isEmpty()) {
				uitkomst = "ongeldig";
			}
			else {
				team = this.organisatie.teamVoorPostcode(ingevuld);
				uitkomst = team.isPresent() ? "gevonden" : "onbekend";
			}
		}
		model.addAttribute("postcode", ingevuld);
		model.addAttribute("uitkomst", uitkomst);
		model.addAttribute("team", team.orElse(null));
		model.addAttribute("wijken", this.lijst.wijken(team.map(TeamInfo::id).orElse(null)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(CACHE).cachePublic().getHeaderValue());
		return "openbaar/spreekuren";
	}

}
