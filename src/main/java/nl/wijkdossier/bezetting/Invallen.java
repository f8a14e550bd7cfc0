package nl.wijkdossier.bezetting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * What other modules ask about invallen: for whom a wijkwerker covers. Counts only, no
 * resident data, so nothing to log; the cases themselves are on {@code /inval}. One
 * query.
 */
@Component
@Transactional(readOnly = true)
public class Invallen {

	private static final String VAN_INVALLER = """
			select i.id, a.medewerker_id, m.voornaam || ' ' || m.achternaam as naam, t.naam as team_naam, i.van, i.tot,
			       (select count(*) from casus c where c.regievoerder_id = a.medewerker_id and c.status <> 'AFGESLOTEN')
			           as casussen
			from inval i
			join afwezigheid a on a.id = i.afwezigheid_id
			join medewerker m on m.id = a.medewerker_id
			left join wijkteam t on t.id = m.team_id
			join medewerker ik on ik.id = i.invaller_id
			where ik.gebruiker_id = :gebruiker and ik.actief and i.tot >= :vandaag and i.van <= :tot
			order by i.van, m.achternaam, m.voornaam, i.id
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	Invallen(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The colleagues she covers for today, with the last day and the number of their
	 * active cases; empty for anyone who covers nobody today. For the wijkwerker's home:
	 * {@code templates/bezetting/fragmenten.html :: mijnInvallen(invallen)}.
	 */
	public List<LopendeInval> lopendVoor(WijkdossierUser gebruiker) {
		LocalDate vandaag = Positie.vandaag(this.clock);
		return lijst(gebruiker, vandaag, vandaag);
	}

	/** Today's and coming invallen of this user. */
	List<LopendeInval> vanafVandaag(WijkdossierUser gebruiker) {
		return lijst(gebruiker, Positie.vandaag(this.clock), LocalDate.of(9999, 12, 31));
	}

	private List<LopendeInval> lijst(WijkdossierUser gebruiker, LocalDate vandaag, LocalDate tot) {
		return this.jdbc.sql(VAN_INVALLER)
			.param("gebruiker", gebruiker.id())
			.param("vandaag", vandaag)
			.param("tot", tot)
			.query((rs, rij) -> new LopendeInval(rs.getLong("id"), rs.getLong("medewerker_id"), rs.getString("naam"),
					rs.getString("team_naam"), rs.getObject("van", LocalDate.class),
					rs.getObject("tot", LocalDate.class), rs.getLong("casussen")))
			.list();
	}

}
