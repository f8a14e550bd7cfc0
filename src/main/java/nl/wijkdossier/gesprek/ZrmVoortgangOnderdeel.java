package nl.wijkdossier.gesprek;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.casus.Dossier;
import nl.wijkdossier.casus.DossierOnderdeel;
import nl.wijkdossier.shared.ZrmDomein;

/**
 * The dossier's "ZRM-voortgang": the scores of the case's finalised conversations per
 * domain over time, read in one query (only scored domains exist: data minimisation).
 */
@Component
class ZrmVoortgangOnderdeel implements DossierOnderdeel {

	private static final String SCORES = """
			select g.id, g.datum, z.domein, z.score, z.doel
			from gesprek_zrm z
			join gesprek g on g.id = z.gesprek_id
			where g.casus_id = ?
			""";

	private final JdbcClient jdbc;

	ZrmVoortgangOnderdeel(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int volgorde() {
		return 20;
	}

	@Override
	public String template() {
		return "gesprek/zrm-voortgang";
	}

	@Override
	@Transactional(readOnly = true)
	public ZrmVoortgang gegevens(Dossier dossier, WijkdossierUser gebruiker) {
		return ZrmVoortgang.van(this.jdbc.sql(SCORES).param(dossier.id()).query((rs, rij) -> {
			int doel = rs.getInt("doel");
			Integer doelOfNull = rs.wasNull() ? null : doel;
			return new ZrmVoortgang.Score(rs.getLong("id"), rs.getObject("datum", LocalDate.class),
					ZrmDomein.valueOf(rs.getString("domein")), rs.getInt("score"), doelOfNull);
		}).list());
	}

}
