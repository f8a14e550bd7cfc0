package nl.wijkdossier.organisatie;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * The team names in every page's header, called from the layout
 * ({@code @teamKop.teamnamen(user)}) so only full pages pay the query. An error page
 * rendered while the database is away still shows, without team names.
 */
@Component("teamKop")
class TeamKop {

	private static final Logger log = LoggerFactory.getLogger(TeamKop.class);

	private final Organisatie organisatie;

	TeamKop(Organisatie organisatie) {
		this.organisatie = organisatie;
	}

	public String teamnamen(Object gebruiker) {
		if (!(gebruiker instanceof WijkdossierUser user)) {
			return "";
		}
		try {
			return this.organisatie.teamsVan(user).stream().map(TeamInfo::naam).collect(Collectors.joining(", "));
		}
		catch (DataAccessException ex) {
			log.debug("Teamnamen niet beschikbaar: {}", ex.getMessage());
			return "";
		}
	}

}
