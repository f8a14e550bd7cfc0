package nl.wijkdossier.verwijzing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * Escalation of a case to the Sociaal Stedelijk Team for other modules (a decision of the
 * casuïstiekoverleg): the same referral a wijkwerker sends from the dossier, made by
 * {@link Verwijzingen#verwijs} with all its rules (case in scope and open, specialism and
 * question required), its access-log row and its timeline line. The team's entry on the
 * sociale kaart is found here, nearest first: one for the case's team, its cluster, or
 * the whole city.
 */
@Component
public class Escalaties {

	private static final String SST = """
			select v.id
			from voorziening v
			cross join (select c.team_id, t.cluster_id from casus c join wijkteam t on t.id = c.team_id
			            where c.id = :casus) z
			where v.actief and v.soort = 'SOCIAAL_STEDELIJK_TEAM'
			  and (v.team_ids @> array[z.team_id] or v.cluster_ids @> array[z.cluster_id]
			       or (cardinality(v.team_ids) = 0 and cardinality(v.cluster_ids) = 0))
			order by case when v.team_ids @> array[z.team_id] then 0
			              when v.cluster_ids @> array[z.cluster_id] then 1 else 2 end, v.id
			limit 1
			""";

	private final Verwijzingen verwijzingen;

	private final JdbcClient jdbc;

	Escalaties(Verwijzingen verwijzingen, JdbcClient jdbc) {
		this.verwijzingen = verwijzingen;
		this.jdbc = jdbc;
	}

	/**
	 * Sends the referral to the Sociaal Stedelijk Team, in the caller's transaction, so
	 * the caller's change and the referral are stored together or not at all.
	 * @param reden why the case is escalated (required, as for every referral)
	 * @param vraag the question for the specialists (required)
	 * @return the new referral's id
	 * @throws Weigering when a rule refuses it (nothing is stored): no active entry of
	 * the Sociaal Stedelijk Team serves the case (no field), a closed case (no field), no
	 * specialism ({@code specialisme}), no question ({@code sstVraag}), no reason
	 * ({@code reden})
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long naarSst(WijkdossierUser gebruiker, long casusId, Specialisme specialisme, String reden, String vraag) {
		Long sst = this.jdbc.sql(SST).param("casus", casusId).query(Long.class).optional().orElse(null);
		if (sst == null) {
			throw Weigering.van(null, "overleg.fout.geenSst");
		}
		return this.verwijzingen.verwijs(gebruiker, casusId,
				new Verwijzingen.NieuweVerwijzing(sst, reden, null, specialisme, vraag));
	}

}
