package nl.wijkdossier.spreekuur;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;

/**
 * Need-to-know for spreekuren: a wijkwerker opens the sessions of her team and those she
 * is on duty in, a manager those of his teams; gemeente, beheer and privacy none. Beheer
 * and managers keep the schedule ({@link #bevoegdheidVan}).
 */
@Component
public class SpreekuurToegang {

	private final Organisatie organisatie;

	SpreekuurToegang(Organisatie organisatie) {
		this.organisatie = organisatie;
	}

	/** The sessions this person may open, as query parameters. */
	public SpreekuurScope scopeVan(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKWERKER) && !gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			return SpreekuurScope.GEEN;
		}
		List<Long> teams = this.organisatie.teamsVan(gebruiker).stream().map(TeamInfo::id).toList();
		long medewerker = this.organisatie.medewerkerVan(gebruiker)
			.filter(MedewerkerInfo::actief)
			.map(MedewerkerInfo::id)
			.orElse(-1L);
		return new SpreekuurScope(teams, medewerker);
	}

	/** The teams whose schedule, exceptions and roster this person keeps. */
	public SpreekuurBevoegdheid bevoegdheidVan(WijkdossierUser gebruiker) {
		if (gebruiker.heeftRol(Rol.BEHEERDER)) {
			return new SpreekuurBevoegdheid(true, Set.of());
		}
		if (gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			return new SpreekuurBevoegdheid(false,
					this.organisatie.teamsVan(gebruiker).stream().map(TeamInfo::id).collect(Collectors.toSet()));
		}
		return new SpreekuurBevoegdheid(false, Set.of());
	}

	/** The medewerker id of this person, if she is an active medewerker. */
	long medewerkerIdVan(WijkdossierUser gebruiker) {
		return this.organisatie.medewerkerVan(gebruiker)
			.filter(MedewerkerInfo::actief)
			.map(MedewerkerInfo::id)
			.orElse(-1L);
	}

}
