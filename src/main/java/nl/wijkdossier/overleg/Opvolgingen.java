package nl.wijkdossier.overleg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Toegang;

/**
 * "Opvolging uit casuïstiekoverleg": the decisions of the last {@value #WEKEN} weeks this
 * person follows up, on cases that are still open and that she may see, soonest deadline
 * first — for her home page (fragment {@code overleg/opvolging :: opvolgingen(lijst)}).
 * One query, the scope in it. It writes no access-log row of its own: it is part of her
 * home, whose one {@code WERKLIJST_BEKEKEN} row per view covers everything on it.
 */
@Component
public class Opvolgingen {

	/** How far back a decision still asks for follow-up here. */
	static final int WEKEN = 8;

	/** The longest list a home page shows. */
	static final int MAXIMUM = 20;

	private static final String OPVOLGINGEN = """
			select c.id as casus_id, i.voornaam || ' ' || i.achternaam as inwoner_naam, o.id as overleg_id,
			       o.datum, a.id as punt_id, b.besluit, b.opvolgen_voor
			from overleg_bespreking b
			join overleg_agendapunt a on a.id = b.agendapunt_id
			join overleg o on o.id = a.overleg_id
			join casus c on c.id = a.casus_id
			join inwoner i on i.id = c.inwoner_id
			where b.opvolger_id = :ik and o.datum >= :sinds and c.status <> 'AFGESLOTEN' and
			""" + Scope.SQL + """

			order by b.opvolgen_voor nulls last, o.datum, a.id
			limit :limit
			""";

	private final Toegang toegang;

	private final JdbcClient jdbc;

	private final Clock clock;

	Opvolgingen(Toegang toegang, JdbcClient jdbc, Clock clock) {
		this.toegang = toegang;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Her follow-ups; empty for anyone who is no active medewerker. */
	@Transactional(readOnly = true)
	public List<Opvolging> van(WijkdossierUser gebruiker) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		if (scope.medewerkerId() < 0) {
			return List.of();
		}
		LocalDate vandaag = LocalDate.now(this.clock);
		List<Opvolging> lijst = this.jdbc.sql(OPVOLGINGEN)
			.param("ik", scope.medewerkerId())
			.param("sinds", vandaag.minusWeeks(WEKEN))
			.param("limit", MAXIMUM)
			.params(scope.parameters())
			.query((rs, rij) -> {
				LocalDate voor = rs.getObject("opvolgen_voor", LocalDate.class);
				return new Opvolging(rs.getLong("casus_id"), rs.getString("inwoner_naam"), rs.getLong("overleg_id"),
						rs.getObject("datum", LocalDate.class), rs.getLong("punt_id"),
						Besluit.valueOf(rs.getString("besluit")), voor, voor != null && voor.isBefore(vandaag));
			})
			.list();
		return lijst;
	}

	/**
	 * One decision to follow up: on which case, from which meeting, by when (null: no
	 * date agreed), and whether that day has passed.
	 */
	public record Opvolging(long casusId, String inwonerNaam, long overlegId, LocalDate overlegDatum, long puntId,
			Besluit besluit, LocalDate opvolgenVoor, boolean telaat) {

		/** The item's page, where the notes and the decision are. */
		public String pad() {
			return Agendas.pad(this.overlegId) + "/agenda/" + this.puntId;
		}

	}

}
