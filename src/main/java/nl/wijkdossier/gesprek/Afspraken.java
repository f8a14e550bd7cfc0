package nl.wijkdossier.gesprek;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The agreements of a case: read for the dossier (one query) and marked done or open
 * again. A change reads the case within the user's scope (a DENIED row and "not found"
 * outside it), finds the agreement through that case (another case's agreement is "not
 * found"), checks the version the user saw, lets the agreement guard its rule, and writes
 * a timeline line and an access-log row in the same transaction.
 */
@Service
class Afspraken {

	/** How far back the dossier shows agreements that are done. */
	static final int KLAAR_RECENT_DAGEN = 90;

	private static final String OVERZICHT = """
			select a.id, a.version, a.omschrijving, a.wie, a.partner, a.deadline, a.status, a.klaar_op,
			       a.gesprek_id, g.datum as gesprek_datum
			from afspraak a
			left join gesprek g on g.id = a.gesprek_id
			where a.casus_id = :casus and (a.status = 'OPEN' or a.klaar_op >= :klaarSinds)
			order by a.deadline nulls last, g.datum, a.volgorde, a.id
			""";

	private final AfspraakRepository afspraken;

	private final Dossiers dossiers;

	private final Tijdlijn tijdlijn;

	private final JdbcClient jdbc;

	private final Clock clock;

	Afspraken(AfspraakRepository afspraken, Dossiers dossiers, Tijdlijn tijdlijn, JdbcClient jdbc, Clock clock) {
		this.afspraken = afspraken;
		this.dossiers = dossiers;
		this.tijdlijn = tijdlijn;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Done today; logged as {@code AFSPRAAK_GEWIJZIGD}. */
	@Transactional
	public void klaar(WijkdossierUser gebruiker, long casusId, long afspraakId, long version) {
		Afspraak afspraak = laad(gebruiker, casusId, afspraakId, version);
		afspraak.klaar(LocalDate.now(this.clock));
		schrijf(gebruiker, afspraak, "afspraakKlaar");
	}

	/** Open again; logged as {@code AFSPRAAK_GEWIJZIGD}. */
	@Transactional
	public void heropen(WijkdossierUser gebruiker, long casusId, long afspraakId, long version) {
		Afspraak afspraak = laad(gebruiker, casusId, afspraakId, version);
		afspraak.heropen();
		schrijf(gebruiker, afspraak, "afspraakHeropend");
	}

	/**
	 * The agreements of a case for a page of their own (after a refused change), read
	 * within the user's scope and logged as {@code CASUS_BEKEKEN}.
	 */
	@Transactional
	public Pagina lees(WijkdossierUser gebruiker, long casusId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.CASUS_BEKEKEN);
		return new Pagina(kop, overzicht(casusId, !kop.isAfgesloten()));
	}

	/**
	 * The overview of a case already read within scope (the dossier section): no access
	 * check or log row of its own.
	 */
	@Transactional(readOnly = true)
	public AfsprakenOverzicht overzicht(long casusId, boolean wijzigbaar) {
		LocalDate vandaag = LocalDate.now(this.clock);
		List<AfsprakenOverzicht.Regel> open = new ArrayList<>();
		List<AfsprakenOverzicht.Regel> klaar = new ArrayList<>();
		this.jdbc.sql(OVERZICHT)
			.param("casus", casusId)
			.param("klaarSinds", vandaag.minusDays(KLAAR_RECENT_DAGEN))
			.query((rs, rij) -> {
				LocalDate deadline = rs.getObject("deadline", LocalDate.class);
				long gesprek = rs.getLong("gesprek_id");
				Long gesprekId = rs.wasNull() ? null : gesprek;
				boolean isOpen = "OPEN".equals(rs.getString("status"));
				AfsprakenOverzicht.Regel regel = new AfsprakenOverzicht.Regel(rs.getLong("id"), rs.getLong("version"),
						rs.getString("omschrijving"), rs.getString("wie"), rs.getString("partner"), deadline,
						isOpen ? AfspraakTermijn.van(deadline, vandaag) : null,
						rs.getObject("klaar_op", LocalDate.class), gesprekId,
						rs.getObject("gesprek_datum", LocalDate.class));
				(isOpen ? open : klaar).add(regel);
				return regel;
			})
			.list();
		klaar.sort(Comparator.comparing(AfsprakenOverzicht.Regel::klaarOp)
			.reversed()
			.thenComparing(AfsprakenOverzicht.Regel::id));
		return new AfsprakenOverzicht(casusId, wijzigbaar, open, klaar);
	}

	private Afspraak laad(WijkdossierUser gebruiker, long casusId, long afspraakId, long version) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.AFSPRAAK_GEWIJZIGD);
		Afspraak afspraak = this.afspraken.findByIdAndCasusId(afspraakId, casusId)
			.orElseThrow(() -> new NietGevondenException("afspraak"));
		if (kop.isAfgesloten()) {
			throw new AfspraakGeweigerd("afspraak.regel.casusAfgesloten");
		}
		if (afspraak.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(Afspraak.class, afspraakId);
		}
		return afspraak;
	}

	private void schrijf(WijkdossierUser gebruiker, Afspraak afspraak, String soort) {
		this.afspraken.flush();
		this.tijdlijn.schrijf(afspraak.getCasusId(), gebruiker.id(), soort, afspraak.getOmschrijving(),
				(afspraak.getGesprekId() != null)
						? "/casussen/" + afspraak.getCasusId() + "/gesprekken/" + afspraak.getGesprekId() : null);
	}

	/** A case's head with its agreements, for a page of their own. */
	record Pagina(CasusKop kop, AfsprakenOverzicht overzicht) {
	}

}
