package nl.wijkdossier.casus;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.inwoner.InwonerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.Postcode;
import nl.wijkdossier.shared.ZrmDomein;
import nl.wijkdossier.shared.web.Keuze;

/**
 * The intake: a signal becomes a case for the team whose werkgebied holds the address.
 * The routed team is shown while the postcode is typed (htmx, same handler as the page),
 * possible duplicates are offered for linking before a new resident is made.
 */
@Controller
@PreAuthorize("hasAnyRole('WIJKWERKER', 'WIJKTEAMMANAGER')")
class AanmeldingController {

	private static final String PAGINA = "aanmelding/nieuw";

	private final Casussen casussen;

	private final Organisatie organisatie;

	private final Toegang toegang;

	private final MessageSource messages;

	private final Clock clock;

	AanmeldingController(Casussen casussen, Organisatie organisatie, Toegang toegang, MessageSource messages,
			Clock clock) {
		this.casussen = casussen;
		this.organisatie = organisatie;
		this.toegang = toegang;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The empty form; with {@code HX-Request} only the routing line for the typed
	 * postcode. A form opened from elsewhere (a visit to a spreekuur) may come prefilled:
	 * {@code kanaal}, {@code teamId}, {@code hulpvraag}, and {@code bezoek} (the visit,
	 * which travels hidden with the form and is linked to the new case).
	 */
	@GetMapping("/aanmeldingen/nieuw")
	String nieuw(@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestParam(name = "postcode", required = false) String postcode,
			@RequestParam(name = "kanaal", required = false) String kanaal,
			@RequestParam(name = "teamId", required = false) Long teamId,
			@RequestParam(name = "hulpvraag", required = false) String hulpvraag,
			@RequestParam(name = "bezoek", required = false) Long bezoek, Model model) {
		routering(model, postcode);
		if (htmx != null) {
			return PAGINA + " :: routering";
		}
		AanmeldingForm form = new AanmeldingForm();
		Arrays.stream(Kanaal.values()).filter((k) -> k.name().equals(kanaal)).findFirst().ifPresent(form::setKanaal);
		form.setTeamId(teamId);
		form.setHulpvraag((hulpvraag != null && hulpvraag.length() <= 4000) ? hulpvraag : null);
		form.setBezoekId(bezoek);
		model.addAttribute("form", form);
		return pagina(model);
	}

	@PostMapping("/aanmeldingen")
	String meld(@AuthenticationPrincipal WijkdossierUser gebruiker, @Valid @ModelAttribute("form") AanmeldingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		form.controleer(result, this.clock);
		Optional<TeamInfo> gerouteerd = routering(model, form.getPostcode());
		if (!result.hasFieldErrors("postcode") && gerouteerd.isEmpty()) {
			result.rejectValue("postcode", "aanmelding.fout.postcodeBuitenWerkgebied");
		}
		Long teamId = gerouteerd.map(TeamInfo::id).orElse(null);
		if (form.getTeamId() != null && gerouteerd.isPresent() && form.getTeamId() != gerouteerd.get().id()) {
			if (this.organisatie.team(form.getTeamId()).filter(TeamInfo::actief).isEmpty()) {
				result.rejectValue("teamId", "aanmelding.fout.teamOngeldig");
			}
			else if (AanmeldingForm.isLeeg(form.getTeamReden())) {
				result.rejectValue("teamReden", "aanmelding.fout.teamRedenVerplicht");
			}
			teamId = form.getTeamId();
		}
		else {
			form.setTeamReden(null);
		}
		if (result.hasErrors()) {
			return pagina(model);
		}
		if (form.getInwonerId() == null) {
			List<InwonerInfo> kandidaten = this.casussen.mogelijkeDubbelen(form.bsnWaarde(), form.getVoornaam(),
					form.getAchternaam(), form.geboortedatumAlsDatum(), form.postcodeWaarde(),
					form.huisnummerAlsGetal());
			boolean zelfdeBsn = form.bsnWaarde() != null
					&& kandidaten.stream().anyMatch((k) -> form.bsnWaarde().equals(k.bsn()));
			if (zelfdeBsn) {
				result.rejectValue("bsn", "aanmelding.fout.bsnBestaat");
			}
			if (zelfdeBsn || (!kandidaten.isEmpty() && !form.isNieuweInwoner())) {
				model.addAttribute("kandidaten", kandidaten);
				return pagina(model);
			}
		}
		long casusId;
		try {
			casusId = this.casussen.meld(gebruiker, form.toAanmelding(teamId), form.getBezoekId());
		}
		catch (DataIntegrityViolationException ex) {
			if (!String.valueOf(ex.getMessage()).contains("ux_inwoner_bsn")) {
				throw ex;
			}
			result.rejectValue("bsn", "aanmelding.fout.bsnBestaat");
			return pagina(model);
		}
		catch (OngeldigeOvergang ex) {
			result.reject(ex.code());
			return pagina(model);
		}
		if (this.toegang.scopeVan(gebruiker).teamIds().contains(teamId)) {
			redirect.addFlashAttribute("melding", "aanmelding.geregistreerd");
			return "redirect:/casussen/" + casusId;
		}
		redirect.addFlashAttribute("melding", "aanmelding.geregistreerdAnderTeam");
		return "redirect:/";
	}

	private Optional<TeamInfo> routering(Model model, String postcode) {
		Optional<TeamInfo> team = Postcode.isGeldig(postcode) ? this.organisatie.teamVoorPostcode(postcode)
				: Optional.empty();
		model.addAttribute("postcodeGeldig", Postcode.isGeldig(postcode));
		model.addAttribute("gerouteerd", team.orElse(null));
		return team;
	}

	private String pagina(Model model) {
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("kanalen",
				Arrays.stream(Kanaal.values())
					.map((k) -> new Keuze(k.name(), this.messages.getMessage(k.messageKey(), null, locale)))
					.toList());
		model.addAttribute("urgenties",
				Arrays.stream(Urgentie.values())
					.map((u) -> new Keuze(u.name(), this.messages.getMessage(u.messageKey(), null, locale)))
					.toList());
		model.addAttribute("domeinKeuzes",
				Arrays.stream(ZrmDomein.values())
					.map((d) -> new Keuze(d.name(), this.messages.getMessage(d.messageKey(), null, locale)))
					.toList());
		model.addAttribute("teams",
				this.organisatie.teams()
					.stream()
					.filter(TeamInfo::actief)
					.map((t) -> new Keuze(String.valueOf(t.id()), t.naam()))
					.toList());
		return PAGINA;
	}

}
