package nl.wijkdossier.casus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;

/**
 * Need-to-know: a wijkwerker sees the cases of her team, those she is regievoerder of
 * and, during an inval, those of the absent colleague she covers for; a manager those of
 * the teams he manages; gemeente, beheer and privacy no case at all.
 */
@Component
public class Toegang {

	private final Organisatie organisatie;

	private final JdbcClient jdbc;

	private final Clock clock;

	Toegang(Organisatie organisatie, JdbcClient jdbc, Clock clock) {
		this.organisatie = organisatie;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The absent colleagues she covers for today: an inval gives access from its first to
	 * its last day, both inclusive, in Europe/Amsterdam — not a day longer.
	 */
	private List<Long> invalVoor(long medewerkerId) {
		if (medewerkerId < 0) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct a.medewerker_id
				from inval i join afwezigheid a on a.id = i.afwezigheid_id
				where i.invaller_id = :ik and :vandaag between i.van and i.tot
				""").param("ik", medewerkerId).param("vandaag", LocalDate.now(this.clock)).query(Long.class).list();
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
		return new Scope(teams, medewerker, invalVoor(medewerker));
	}

}
