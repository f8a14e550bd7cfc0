package nl.wijkdossier.audit;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.wijkdossier.account.WijkdossierUser;

/**
 * Writes access-log rows. Call it inside the transaction that reads or changes the data
 * (propagation MANDATORY): if the row cannot be written, the transaction fails and the
 * data is not shown. A denial is written in a transaction of its own, so it survives the
 * rollback of the refused request.
 */
@Service
public class ToegangsLog {

	/**
	 * Request attribute (set by a filter) that identifies one HTTP request in the logs.
	 */
	public static final String REQUEST_ID = ToegangsLog.class.getName() + ".requestId";

	private final JdbcClient jdbc;

	private final Clock clock;

	ToegangsLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Logs a successful access by the current user. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void ok(Gebeurtenis gebeurtenis, Long inwonerId, Long casusId) {
		schrijf(gebeurtenis, inwonerId, casusId, null, "OK");
	}

	/** Logs a successful access by the current user on behalf of another (covering). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void okNamens(Gebeurtenis gebeurtenis, Long inwonerId, Long casusId, Long namensGebruikerId) {
		schrijf(gebeurtenis, inwonerId, casusId, namensGebruikerId, "OK");
	}

	/** Logs a refused access; committed on its own, whatever happens to the request. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void geweigerd(Gebeurtenis gebeurtenis, Long inwonerId, Long casusId) {
		schrijf(gebeurtenis, inwonerId, casusId, null, "DENIED");
	}

	private void schrijf(Gebeurtenis gebeurtenis, Long inwonerId, Long casusId, Long namens, String resultaat) {
		WijkdossierUser gebruiker = huidigeGebruiker();
		HttpServletRequest request = huidigVerzoek();
		this.jdbc.sql("""
				insert into toegangslog (tijdstip, gebruiker_id, gebruikersnaam, rol, namens_gebruiker_id, actie,
				                         gebeurtenis, inwoner_id, casus_id, resultaat, ip, request_id)
				values (:tijdstip, :gebruiker, :naam, :rol, :namens, :actie, :gebeurtenis, :inwoner, :casus,
				        :resultaat, :ip, :requestId)
				""")
			.param("tijdstip", Timestamp.from(this.clock.instant()))
			.param("gebruiker", gebruiker.id())
			.param("naam", gebruiker.getUsername())
			.param("rol", gebruiker.rol().name())
			.param("namens", namens)
			.param("actie", gebeurtenis.actie().name())
			.param("gebeurtenis", gebeurtenis.name())
			.param("inwoner", inwonerId)
			.param("casus", casusId)
			.param("resultaat", resultaat)
			.param("ip", (request != null) ? request.getRemoteAddr() : null)
			.param("requestId", (request != null) ? (String) request.getAttribute(REQUEST_ID) : null)
			.update();
	}

	private static WijkdossierUser huidigeGebruiker() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof WijkdossierUser gebruiker)) {
			throw new IllegalStateException("Toegang tot inwonersgegevens zonder ingelogde gebruiker");
		}
		return gebruiker;
	}

	private static HttpServletRequest huidigVerzoek() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

}
