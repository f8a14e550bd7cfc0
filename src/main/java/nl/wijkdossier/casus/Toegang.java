package nl.wijkdossier.casus;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;

/**
 * Need-to-know: a wijkwerker sees the cases of her team and those she is regievoerder of;
 * a manager those of the teams he manages; gemeente, beheer and privacy no case at all.
 */
@Component
public class Toegang {

	private final Organisatie organisatie;

	Toegang(Organisatie organisatie) {
		this.organisatie = organisatie;
	}

	public Scope scopeVan(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKWERKER) && !gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			return Scope.GEEN;
		}
		List<Long> teams = this.organisatie.teamsVan(gebruiker).stream().map(TeamInfo::id).toList();
		long medewerker = this.organisatie.medewerkerVan(gebruiker)
			.filter(MedewerkerInfo::actief)
			.map(MedewerkerInfo::id)
			.orElse(-1L);
		return new Scope(teams, medewerker);
	}

}
