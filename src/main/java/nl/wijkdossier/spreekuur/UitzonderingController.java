package nl.wijkdossier.spreekuur;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Keuze;

/**
 * Exceptions to the schedule: cancel a session of one spreekuur, of every spreekuur of a
 * team, or of the whole city (beheer only: Kerst, Koningsdag), for a whole day or one
 * session; or add an extra session. A manager does so for his teams. Each change brings
 * the sessions it touches in step at once; a refused form comes back with its errors next
 * to the fields (422) and nothing stored.
 */
@Controller
@RequestMapping("/spreekuren/uitzonderingen")
@PreAuthorize("hasAnyRole('BEHEERDER', 'WIJKTEAMMANAGER')")
class UitzonderingController {

	private static final String PAGINA = "spreekuur/uitzonderingen";

	private final Uitzonderingen uitzonderingen;

	private final SpreekuurSchema schema;

	private final SpreekuurToegang toegang;

	private final Organisatie organisatie;

	private final MessageSource messages;

	private final Clock clock;

	UitzonderingController(Uitzonderingen uitzonderingen, SpreekuurSchema schema, SpreekuurToegang toegang,
			Organisatie organisatie, MessageSource messages, Clock clock) {
		this.uitzonderingen = uitzonderingen;
		this.schema = schema;
		this.toegang = toegang;
		this.organisatie = organisatie;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String lijst(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		model.addAttribute("vervalForm", UitzonderingForm.vervalt());
		model.addAttribute("extraForm", UitzonderingForm.extra());
		return pagina(gebruiker, model);
	}

	@PostMapping(params = "soort=VERVALT")
	String vervalt(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@Valid @ModelAttribute("vervalForm") UitzonderingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("extraForm", UitzonderingForm.extra());
		return bewaar(gebruiker, form, result, model, response, redirect);
	}

	@PostMapping(params = "soort=EXTRA")
	String extra(@AuthenticationPrincipal WijkdossierUser gebruiker,
			@Valid @ModelAttribute("extraForm") UitzonderingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("vervalForm", UitzonderingForm.vervalt());
		return bewaar(gebruiker, form, result, model, response, redirect);
	}

	@PostMapping("/{id}/verwijderen")
	String verwijder(@AuthenticationPrincipal WijkdossierUser gebruiker, @PathVariable long id,
			RedirectAttributes redirect) {
		UitzonderingInfo uitzondering = this.uitzonderingen.uitzondering(id)
			.filter((u) -> this.toegang.bevoegdheidVan(gebruiker).heleStad()
					|| (!u.isHeleStad() && this.toegang.bevoegdheidVan(gebruiker).mag(u.teamId())))
			.orElseThrow(() -> new NietGevondenException("uitzondering"));
		this.uitzonderingen.verwijder(uitzondering.id());
		redirect.addFlashAttribute("melding", "spreekuur.uitzondering.gemeld.verwijderd");
		return "redirect:/spreekuren/uitzonderingen";
	}

	private String bewaar(WijkdossierUser gebruiker, UitzonderingForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.controleer(result);
		SpreekuurBevoegdheid bevoegdheid = this.toegang.bevoegdheidVan(gebruiker);
		UitzonderingForm.Bereik bereik = form.gekozenBereik();
		if (bereik == UitzonderingForm.Bereik.STAD && !bevoegdheid.heleStad()) {
			result.rejectValue("bereik", "spreekuur.fout.stadAlleenBeheer");
		}
		if (bereik == UitzonderingForm.Bereik.TEAM && form.teamId() != null && !bevoegdheid.mag(form.teamId())) {
			result.rejectValue("teamId", "spreekuur.fout.teamNietVanU");
		}
		if (bereik == UitzonderingForm.Bereik.SPREEKUUR && form.spreekuurId() != null
				&& !this.schema.spreekuur(form.spreekuurId()).filter((s) -> bevoegdheid.mag(s.teamId())).isPresent()) {
			result.rejectValue("spreekuurId", "spreekuur.fout.spreekuurOngeldig");
		}
		if (!result.hasErrors()) {
			try {
				this.uitzonderingen.voegToe(form.toGegevens());
				redirect.addFlashAttribute("melding", (form.soort() == UitzonderingSoort.EXTRA)
						? "spreekuur.uitzondering.gemeld.extra" : "spreekuur.uitzondering.gemeld.vervalt");
				return "redirect:/spreekuren/uitzonderingen";
			}
			catch (SpreekuurWeigering geweigerd) {
				geweigerd.meldAan(result);
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return pagina(gebruiker, model);
	}

	private String pagina(WijkdossierUser gebruiker, Model model) {
		SpreekuurBevoegdheid bevoegdheid = this.toegang.bevoegdheidVan(gebruiker);
		LocalDate vandaag = LocalDate.now(this.clock);
		model.addAttribute("uitzonderingen", this.uitzonderingen.komende(bevoegdheid));
		model.addAttribute("heleStad", bevoegdheid.heleStad());
		model.addAttribute("vandaag", vandaag);
		model.addAttribute("spreekuren",
				this.schema.lijst(bevoegdheid)
					.stream()
					.filter((s) -> s.actief() && !s.isVerlopen(vandaag))
					.map((s) -> new Keuze(String.valueOf(s.id()),
							tekst("spreekuur.keuze", s.teamNaam(), s.locatieNaam(), tekst(s.weekdagKey()),
									SpreekuurInvoer.tekst(s.begintijd()), SpreekuurInvoer.tekst(s.eindtijd()))))
					.toList());
		model.addAttribute("teams",
				this.organisatie.teams()
					.stream()
					.filter((t) -> t.actief() && bevoegdheid.mag(t.id()))
					.map((t) -> new Keuze(String.valueOf(t.id()), t.naam()))
					.toList());
		model.addAttribute("bereiken",
				List.of(UitzonderingForm.Bereik.values())
					.stream()
					.filter((b) -> b != UitzonderingForm.Bereik.STAD || bevoegdheid.heleStad())
					.map((b) -> new Keuze(b.name(), tekst("spreekuur.uitzondering.bereik." + b.name())))
					.toList());
		return PAGINA;
	}

	private String tekst(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
