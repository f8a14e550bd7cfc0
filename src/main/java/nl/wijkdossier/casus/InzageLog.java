package nl.wijkdossier.casus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;

/**
 * Whom an access is on behalf of: a case seen only through an inval is seen for the
 * absent regievoerder, and the access log names both (NEN 7513: who, and on whose
 * behalf).
 */
@Component
class InzageLog {

	private final JdbcClient jdbc;

	private final ToegangsLog toegangsLog;

	InzageLog(JdbcClient jdbc, ToegangsLog toegangsLog) {
		this.jdbc = jdbc;
		this.toegangsLog = toegangsLog;
	}

	/**
	 * The gebruiker on whose behalf this scope sees a case of that team and regievoerder;
	 * null when it is within her own teams or her own case.
	 */
	Long namens(Scope scope, long teamId, Long regievoerderId) {
		if (!scope.alleenDoorInval(teamId, regievoerderId)) {
			return null;
		}
		return this.jdbc.sql("select gebruiker_id from medewerker where id = :id")
			.param("id", regievoerderId)
			.query(Long.class)
			.single();
	}

	/**
	 * Logs a successful access, on behalf of the absent regievoerder when only an inval
	 * allows it.
	 */
	void ok(Scope scope, Gebeurtenis gebeurtenis, long inwonerId, long casusId, long teamId, Long regievoerderId) {
		Long namens = namens(scope, teamId, regievoerderId);
		if (namens == null) {
			this.toegangsLog.ok(gebeurtenis, inwonerId, casusId);
		}
		else {
			this.toegangsLog.okNamens(gebeurtenis, inwonerId, casusId, namens);
		}
	}

}
