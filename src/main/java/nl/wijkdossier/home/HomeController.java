package nl.wijkdossier.home;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.wijkdossier.account.Accounts;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.OrganisatieOverzicht;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.spreekuur.SpreekuurAgenda;
import nl.wijkdossier.bezetting.Afwezigheden;
import nl.wijkdossier.bezetting.Invallen;
import nl.wijkdossier.overleg.Opvolgingen;
import nl.wijkdossier.werkdruk.Aandacht;
import nl.wijkdossier.werkdruk.Caseload;

/**
 * One address, a home per role: a wijkwerker sees her work first (agreements due, drafts,
 * answers to referrals, her cases and their deadlines), her own figures and her team; a
 * manager what needs attention now and his teams; the gemeente the clusters in figures,
 * beheer the state of the organisation.
 */
@Controller
class HomeController {

	private final Organisatie organisatie;

	private final OrganisatieOverzicht overzicht;

	private final Accounts accounts;

	private final WijkwerkerHome wijkwerkerHome;

	private final SpreekuurAgenda spreekuren;

	private final Caseload caseload;

	private final Aandacht aandacht;

	private final Invallen invallen;

	private final Afwezigheden afwezigheden;

	private final Opvolgingen opvolgingen;

	HomeController(Organisatie organisatie, OrganisatieOverzicht overzicht, Accounts accounts,
			WijkwerkerHome wijkwerkerHome, SpreekuurAgenda spreekuren, Caseload caseload, Aandacht aandacht,
			Invallen invallen, Afwezigheden afwezigheden, Opvolgingen opvolgingen) {
		this.organisatie = organisatie;
		this.accounts = accounts;
		this.overzicht = overzicht;
		this.wijkwerkerHome = wijkwerkerHome;
		this.spreekuren = spreekuren;
		this.caseload = caseload;
		this.aandacht = aandacht;
		this.invallen = invallen;
		this.afwezigheden = afwezigheden;
		this.opvolgingen = opvolgingen;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal WijkdossierUser gebruiker, Model model) {
		model.addAttribute("gebruiker", gebruiker);
		switch (gebruiker.rol()) {
			case WIJKWERKER -> {
				List<TeamInfo> teams = this.organisatie.teamsVan(gebruiker);
				model.addAttribute("medewerker", this.organisatie.medewerkerVan(gebruiker).orElse(null));
				model.addAttribute("team", teams.isEmpty() ? null : teams.get(0));
				model.addAttribute("collegas",
						teams.isEmpty() ? List.of() : this.organisatie.medewerkersVanTeam(teams.get(0).id()));
				model.addAttribute("werk", this.wijkwerkerHome.lees(gebruiker));
				model.addAttribute("cijfers", this.caseload.vanMij(gebruiker).orElse(null));
				model.addAttribute("invallen", this.invallen.lopendVoor(gebruiker));
				model.addAttribute("afwezigheden", this.afwezigheden.komendeVan(gebruiker));
				model.addAttribute("opvolgingen", this.opvolgingen.van(gebruiker));
				return "home/wijkwerker";
			}
			case WIJKTEAMMANAGER -> {
				List<TeamInfo> teams = this.organisatie.teamsVan(gebruiker);
				model.addAttribute("teams", teams);
				model.addAttribute("bezetting", this.overzicht.bezettingPerTeam(teams));
				model.addAttribute("onbezet", this.spreekuren.zonderBezetting(gebruiker));
				model.addAttribute("aandacht", this.aandacht.voor(gebruiker));
				return "home/manager";
			}
			case GEMEENTE -> {
				model.addAttribute("clusters", this.organisatie.clusters());
				return "home/gemeente";
			}
			case BEHEERDER -> {
				model.addAttribute("overzicht", this.overzicht.tel());
				model.addAttribute("teamsZonderManager", this.overzicht.teamsZonderManager());
				return "home/beheer";
			}
			case PRIVACY -> {
				model.addAttribute("accountsPerRol", this.accounts.actieveAccountsPerRol());
				return "home/privacy";
			}
			default -> throw new IllegalStateException("Onbekende rol " + gebruiker.rol());
		}
	}

}
