package nl.wijkdossier.gesprek;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The drafts of conversations (gesprek_concept): the whole form as JSON, unvalidated,
 * with a version so that two tabs on one draft never overwrite each other. Queries by
 * author and case start from their indexes; the caller has checked the case's scope.
 */
@Component
class ConceptOpslag {

	private final JdbcClient jdbc;

	ConceptOpslag(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Concept> vind(long id) {
		return this.jdbc.sql("""
				select id, casus_id, auteur_gebruiker_id, inhoud::text as inhoud, version, aangemaakt_op, opgeslagen_op
				from gesprek_concept where id = ?
				""")
			.param(id)
			.query((rs, rij) -> new Concept(rs.getLong("id"), rs.getLong("casus_id"), rs.getLong("auteur_gebruiker_id"),
					rs.getString("inhoud"), rs.getLong("version"), rs.getTimestamp("aangemaakt_op").toInstant(),
					rs.getTimestamp("opgeslagen_op").toInstant()))
			.optional();
	}

	ConceptStand nieuw(long casusId, long auteurId, String inhoud, Instant nu) {
		long id = this.jdbc
			.sql("""
					insert into gesprek_concept (casus_id, auteur_gebruiker_id, inhoud, aangemaakt_op, opgeslagen_op, version)
					values (:casus, :auteur, cast(:inhoud as jsonb), :nu, :nu, 0)
					returning id
					""")
			.param("casus", casusId)
			.param("auteur", auteurId)
			.param("inhoud", inhoud)
			.param("nu", Timestamp.from(nu))
			.query(Long.class)
			.single();
		return new ConceptStand(id, 0, nu);
	}

	/**
	 * Replaces the content of the version the page saw; empty when that version is no
	 * longer current (or the draft is gone).
	 */
	Optional<ConceptStand> werkBij(long id, long version, String inhoud, Instant nu) {
		int rijen = this.jdbc.sql("""
				update gesprek_concept set inhoud = cast(:inhoud as jsonb), opgeslagen_op = :nu, version = version + 1
				where id = :id and version = :version
				""")
			.param("inhoud", inhoud)
			.param("nu", Timestamp.from(nu))
			.param("id", id)
			.param("version", version)
			.update();
		return (rijen == 1) ? Optional.of(new ConceptStand(id, version + 1, nu)) : Optional.empty();
	}

	/** The author's drafts on a case, the last saved first. */
	List<ConceptKop> vanAuteurOpCasus(long auteurId, long casusId) {
		return this.jdbc.sql("""
				select id, opgeslagen_op from gesprek_concept
				where auteur_gebruiker_id = ? and casus_id = ?
				order by opgeslagen_op desc, id desc
				""")
			.params(auteurId, casusId)
			.query((rs, rij) -> new ConceptKop(rs.getLong("id"), casusId, rs.getTimestamp("opgeslagen_op").toInstant()))
			.list();
	}

	/** Deletes a draft of this author on this case; false when there was none. */
	boolean verwijder(long id, long auteurId, long casusId) {
		return this.jdbc.sql("delete from gesprek_concept where id = ? and auteur_gebruiker_id = ? and casus_id = ?")
			.params(id, auteurId, casusId)
			.update() == 1;
	}

	/** Deletes a draft only in the version the page saw; false otherwise. */
	boolean verwijder(long id, long version) {
		return this.jdbc.sql("delete from gesprek_concept where id = ? and version = ?")
			.params(id, version)
			.update() == 1;
	}

	/** A stored draft. */
	record Concept(long id, long casusId, long auteurId, String inhoud, long version, Instant aangemaaktOp,
			Instant opgeslagenOp) {

		boolean isVan(long gebruikerId, long casus) {
			return this.auteurId == gebruikerId && this.casusId == casus;
		}

	}

}
