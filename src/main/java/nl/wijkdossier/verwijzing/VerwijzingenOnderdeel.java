package nl.wijkdossier.verwijzing;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;

/**
 * The "Verwijzingen" section of the dossier: every referral of the case with its status
 * (in words), answers the regievoerder has not seen yet marked as new, and the way to a
 * new referral while the case is open. Called after the dossier was read within scope and
 * logged; one query by case id.
 */
@Component
class VerwijzingenOnderdeel implements DossierOnderdeel {

	private final JdbcClient jdbc;

	VerwijzingenOnderdeel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int volgorde() {
		return 40;
	}

	@Override
	public String template() {
		return "verwijzing/dossier-verwijzingen";
	}

	@Override
	@Transactional(readOnly = true)
	public Object gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		List<Regel> regels = this.jdbc.sql("""
				select w.id, v.naam, v.soort, w.status, w.reden, w.specialisme, w.verstuurd_op,
				       coalesce(w.afgerond_op, w.beantwoord_op, w.verstuurd_op) as laatst_op, w.antwoord_gezien
				from verwijzing w
				join voorziening v on v.id = w.voorziening_id
				where w.casus_id = ?
				order by w.verstuurd_op desc, w.id desc
				""").param(dossier.id()).query((rs, rij) -> {
			String specialisme = rs.getString("specialisme");
			return new Regel(rs.getLong("id"), rs.getString("naam"), VoorzieningSoort.valueOf(rs.getString("soort")),
					VerwijzingStatus.valueOf(rs.getString("status")), rs.getString("reden"),
					(specialisme != null) ? Specialisme.valueOf(specialisme) : null,
					rs.getTimestamp("verstuurd_op").toInstant(), rs.getTimestamp("laatst_op").toInstant(),
					!rs.getBoolean("antwoord_gezien"));
		}).list();
		return new Gegevens(dossier.id(), dossier.isOpen(), regels);
	}

	/** What the section shows. */
	record Gegevens(long casusId, boolean kanVerwijzen, List<Regel> regels) {
	}

	/**
	 * One referral in the section; {@code nieuw}: an answer the regievoerder has not
	 * seen.
	 */
	record Regel(long id, String voorzieningNaam, VoorzieningSoort soort, VerwijzingStatus status, String reden,
			Specialisme specialisme, Instant verstuurdOp, Instant laatstOp, boolean nieuw) {
	}

}
