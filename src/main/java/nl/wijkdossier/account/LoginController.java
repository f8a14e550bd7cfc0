package nl.wijkdossier.account;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(name = "fout", required = false) String fout,
			@RequestParam(name = "wacht", required = false) String wacht,
			@RequestParam(name = "storing", required = false) String storing, Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (storing != null) {
			model.addAttribute("loginFout", "login.storing");
		}
		else if (wacht != null) {
			model.addAttribute("loginFout", "login.wacht");
		}
		else if (fout != null) {
			model.addAttribute("loginFout", "login.fout");
		}
		return "account/login";
	}

}
