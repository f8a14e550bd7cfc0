package nl.wijkdossier.casus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * How every change of a case starts and ends: load it within the user's scope (the scope
 * in the query; out of scope a DENIED row and "not found") and log the change, on behalf
 * of the absent regievoerder when only an inval allowed it. Shared by the case's use
 * cases ({@link Casussen}, {@link Regievoering}).
 */
@Component
class CasusLader {

	private final CasusRepository casussen;

	private final Toegang toegang;

	private final ToegangsLog toegangsLog;

	private final JdbcClient jdbc;

	private final InzageLog inzageLog;

	CasusLader(CasusRepository casussen, Toegang toegang, ToegangsLog toegangsLog, JdbcClient jdbc,
			InzageLog inzageLog) {
		this.casussen = casussen;
		this.toegang = toegang;
		this.toegangsLog = toegangsLog;
		this.jdbc = jdbc;
		this.inzageLog = inzageLog;
	}

	/**
	 * The case, if it lies within the user's scope; the scope is part of the query. Out
	 * of scope (or not there at all) looks the same: a DENIED row of this event and "not
	 * found".
	 */
	Geladen laad(WijkdossierUser gebruiker, long casusId, Gebeurtenis bijWeigering) {
		vereisWerkerOfManager(gebruiker);
		Scope scope = this.toegang.scopeVan(gebruiker);
		boolean inScope = !scope.isLeeg()
				&& this.jdbc.sql("select exists (select 1 from casus c where c.id = :id and " + Scope.SQL + ")")
					.param("id", casusId)
					.params(scope.parameters())
					.query(Boolean.class)
					.single();
		if (!inScope) {
			this.toegangsLog.geweigerd(bijWeigering, null, casusId);
			throw new NietGevondenException("casus");
		}
		Casus casus = this.casussen.findById(casusId).orElseThrow(() -> new NietGevondenException("casus"));
		return new Geladen(casus, this.inzageLog.namens(scope, casus.getTeamId(), casus.getRegievoerderId()));
	}

	/**
	 * Logs an access to a loaded case; one allowed only by an inval on behalf of the
	 * absent regievoerder, as found when it was loaded (before a change of regie).
	 */
	void log(Gebeurtenis gebeurtenis, Geladen geladen) {
		Casus casus = geladen.casus();
		if (geladen.namensGebruikerId() == null) {
			this.toegangsLog.ok(gebeurtenis, casus.getInwonerId(), casus.getId());
		}
		else {
			this.toegangsLog.okNamens(gebeurtenis, casus.getInwonerId(), casus.getId(), geladen.namensGebruikerId());
		}
	}

	/**
	 * A case loaded within scope, and on whose behalf it may be seen (null: her own
	 * scope).
	 */
	record Geladen(Casus casus, Long namensGebruikerId) {
	}

	private static void vereisWerkerOfManager(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKWERKER) && !gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			throw new org.springframework.security.access.AccessDeniedException("Geen casusrol");
		}
	}

}
