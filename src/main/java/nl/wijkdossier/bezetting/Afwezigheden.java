package nl.wijkdossier.bezetting;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * What other modules ask about absence: who of these medewerkers is away on a day, and
 * whether someone covers for her. One query, sized for a manager's teams.
 */
@Component
@Transactional(readOnly = true)
public class Afwezigheden {

	private final JdbcClient jdbc;

	private final Clock clock;

	Afwezigheden(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The absences on that day of these medewerkers, with the invaller of that day if
	 * there is one; by name. A medewerker with two overlapping absences appears twice.
	 */
	public List<Afwezig> opDag(Collection<Long> medewerkerIds, LocalDate dag) {
		if (medewerkerIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select a.id, a.medewerker_id, m.voornaam || ' ' || m.achternaam as naam, a.soort, a.van, a.tot,
				       i.invaller_id, iv.voornaam || ' ' || iv.achternaam as invaller_naam
				from afwezigheid a
				join medewerker m on m.id = a.medewerker_id
				left join lateral (select x.invaller_id from inval x
				                   where x.afwezigheid_id = a.id and :dag between x.van and x.tot
				                   order by x.id limit 1) i on true
				left join medewerker iv on iv.id = i.invaller_id
				where a.medewerker_id = any(:medewerkers) and :dag between a.van and a.tot
				order by m.achternaam, m.voornaam, a.van
				""")
			.param("medewerkers", medewerkerIds.toArray(Long[]::new))
			.param("dag", Date.valueOf(dag))
			.query((rs, row) -> {
				long invaller = rs.getLong("invaller_id");
				Long invallerId = rs.wasNull() ? null : invaller;
				return new Afwezig(rs.getLong("id"), rs.getLong("medewerker_id"), rs.getString("naam"),
						AfwezigheidSoort.valueOf(rs.getString("soort")), rs.getDate("van").toLocalDate(),
						rs.getDate("tot").toLocalDate(), invallerId, rs.getString("invaller_naam"));
			})
			.list();
	}

	/**
	 * Her own running and coming absences, the first first, with who covers her cases
	 * (names, or null when nobody does yet). For the wijkwerker's home:
	 * {@code templates/bezetting/fragmenten.html :: mijnAfwezigheden(afwezigheden)}.
	 */
	public List<EigenAfwezigheid> komendeVan(WijkdossierUser gebruiker) {
		return this.jdbc.sql("""
				select a.id, a.soort, a.van, a.tot,
				       (select string_agg(distinct iv.voornaam || ' ' || iv.achternaam, ', ')
				        from inval i join medewerker iv on iv.id = i.invaller_id
				        where i.afwezigheid_id = a.id) as invallers
				from afwezigheid a
				join medewerker m on m.id = a.medewerker_id
				where m.gebruiker_id = :gebruiker and a.tot >= :vandaag
				order by a.van, a.id
				""")
			.param("gebruiker", gebruiker.id())
			.param("vandaag", Positie.vandaag(this.clock))
			.query((rs, row) -> new EigenAfwezigheid(rs.getLong("id"), AfwezigheidSoort.valueOf(rs.getString("soort")),
					rs.getObject("van", LocalDate.class), rs.getObject("tot", LocalDate.class),
					rs.getString("invallers")))
			.list();
	}

}
