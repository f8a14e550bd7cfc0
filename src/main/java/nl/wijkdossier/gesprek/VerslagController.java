package nl.wijkdossier.gesprek;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * The resident's report of a conversation: downloaded as a PDF (never cached, always as
 * an attachment) and its sending recorded from the conversation page. A refused sending
 * shows its own small form again with each error beside its field (422); the conversation
 * page itself belongs to the conversation.
 */
@Controller
@RequestMapping("/casussen/{id}/gesprekken/{gesprekId}")
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class VerslagController {

	private final Verslagen verslagen;

	VerslagController(Verslagen verslagen) {
		this.verslagen = verslagen;
	}

	@GetMapping("/verslag.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long gesprekId) {
		Verslagen.Pdf pdf = this.verslagen.pdf(gebruiker, id, gesprekId);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(pdf.bestandsnaam()).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf.inhoud());
	}

	@PostMapping("/verstuurd")
	String verstuurd(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			@PathVariable long gesprekId, @RequestParam(required = false) String op,
			@RequestParam(required = false) String via, RedirectAttributes redirect) {
		this.verslagen.verstuurd(gebruiker, id, gesprekId, op, via);
		redirect.addFlashAttribute("melding", "verslag.gemeld.verstuurd");
		return "redirect:/casussen/" + id + "/gesprekken/" + gesprekId;
	}

	/** Refused: nothing stored; the form again with what was typed and the errors. */
	@ExceptionHandler(VerslagGeweigerd.class)
	ModelAndView geweigerd(VerslagGeweigerd fout, HttpServletRequest request) {
		@SuppressWarnings("unchecked")
		Map<String, String> variabelen = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		WijkdossierUser gebruiker = (WijkdossierUser) SecurityContextHolder.getContext()
			.getAuthentication()
			.getPrincipal();
		Verslagen.Verzendpagina pagina = this.verslagen.verzendpagina(gebruiker, Long.parseLong(variabelen.get("id")),
				Long.parseLong(variabelen.get("gesprekId")));
		ModelAndView mav = new ModelAndView("gesprek/verstuurd-fout");
		mav.addObject("pagina", pagina);
		mav.addObject("fouten", fout.fouten());
		mav.addObject("op", request.getParameter("op"));
		mav.addObject("via", request.getParameter("via"));
		mav.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		return mav;
	}

}
