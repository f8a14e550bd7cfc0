package nl.wijkdossier.verwijzing;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Toegang;

/**
 * Answers to referrals that the regievoerder has not seen yet ({@code antwoord_gezien =
 * false}), for her home page: an organisation accepted, declined or finished a referral
 * on one of her open cases, and she should know.
 * <p>
 * One statement, the scope in the query: from her cases ({@code ix_casus_regievoerder})
 * into the partial index {@code ix_verwijzing_ongezien (casus_id) where not
 * antwoord_gezien}. The caller (the home page) writes the access-log row in the same
 * transaction, hence {@link Propagation#MANDATORY}.
 */
@Component
public class NieuweAntwoorden {

	private static final String ONGEZIEN = """
			select v.id, v.casus_id, i.voornaam, i.achternaam, z.naam as voorziening, v.status,
			       coalesce(v.afgerond_op, v.beantwoord_op) as beantwoord_op
			from casus c
			join verwijzing v on v.casus_id = c.id and not v.antwoord_gezien and v.status <> 'VERSTUURD'
			join voorziening z on z.id = v.voorziening_id
			join inwoner i on i.id = c.inwoner_id
			where c.regievoerder_id = :scopeMedewerker and c.status <> 'AFGESLOTEN' and
			""" + Scope.SQL + """

			order by coalesce(v.afgerond_op, v.beantwoord_op) desc, v.id desc
			""";

	private final Toegang toegang;

	private final JdbcClient jdbc;

	NieuweAntwoorden(Toegang toegang, JdbcClient jdbc) {
		this.toegang = toegang;
		this.jdbc = jdbc;
	}

	/** The unseen answers on the open cases she is regievoerder of, the newest first. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Antwoord> voor(WijkdossierUser gebruiker) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		if (scope.medewerkerId() < 0) {
			return List.of();
		}
		return this.jdbc.sql(ONGEZIEN)
			.params(scope.parameters())
			.query((rs, rij) -> new Antwoord(rs.getLong("id"), rs.getLong("casus_id"),
					rs.getString("voornaam") + " " + rs.getString("achternaam"), rs.getString("voorziening"),
					VerwijzingStatus.valueOf(rs.getString("status")), rs.getTimestamp("beantwoord_op").toInstant()))
			.list();
	}

	/** An answer to a referral; {@link #link()} opens the referral on its case. */
	public record Antwoord(long id, long casusId, String inwonerNaam, String voorzieningNaam, VerwijzingStatus status,
			Instant beantwoordOp) {

		public String link() {
			return "/casussen/" + this.casusId + "/verwijzingen/" + this.id;
		}

	}

}
