package nl.wijkdossier.gesprek;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;

/**
 * The meldcode on a case: read for the dossier (one query), started from the dossier when
 * a suspicion arises outside a conversation, and its steps recorded one by one. Each
 * change reads the case within the user's scope, lets {@link Meldcode} guard its rules,
 * and writes a timeline line and a {@code MELDCODE_GEWIJZIGD} access-log row in the same
 * transaction. Two people recording the same step at once: the second gets the conflict
 * page, nothing is overwritten.
 */
@Service
class Meldcodes {

	private static final String MELDCODE = """
			select m.gestart_op, m.gesprek_id, g.datum as gesprek_datum, gu.weergavenaam as gestart_door,
			       s.stap, s.datum, s.toelichting, su.weergavenaam as door
			from meldcode m
			join gebruiker gu on gu.id = m.gestart_door
			left join gesprek g on g.id = m.gesprek_id
			left join meldcode_stap s on s.casus_id = m.casus_id
			left join gebruiker su on su.id = s.door_gebruiker_id
			where m.casus_id = ?
			order by s.stap
			""";

	private final Dossiers dossiers;

	private final Tijdlijn tijdlijn;

	private final JdbcClient jdbc;

	private final Clock clock;

	Meldcodes(Dossiers dossiers, Tijdlijn tijdlijn, JdbcClient jdbc, Clock clock) {
		this.dossiers = dossiers;
		this.tijdlijn = tijdlijn;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Starts the meldcode on an open case that has none, on the given date (not in the
	 * future, not before the case was reported).
	 */
	@Transactional
	public void start(WijkdossierUser gebruiker, long casusId, String datum) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.MELDCODE_GEWIJZIGD);
		if (kop.isAfgesloten()) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.casusAfgesloten");
		}
		if (meldcode(casusId).isPresent()) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.alGestart");
		}
		LocalDate op = Meldcode.controleerStart(datum, kop.gemeldOp(), LocalDate.now(this.clock));
		int rijen = this.jdbc.sql("""
				insert into meldcode (casus_id, gesprek_id, gestart_op, gestart_door)
				values (?, null, ?, ?)
				on conflict (casus_id) do nothing
				""").params(casusId, op, gebruiker.id()).update();
		if (rijen == 0) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.alGestart");
		}
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "meldcodeGestart", Datums.dag(op));
	}

	/** Records step {@code stap} of the case's meldcode. */
	@Transactional
	public void legStapVast(WijkdossierUser gebruiker, long casusId, int stap, String datum, String toelichting) {
		if (stap < 1 || stap > Meldcode.STAPPEN) {
			throw new NietGevondenException("meldcodestap");
		}
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.MELDCODE_GEWIJZIGD);
		if (kop.isAfgesloten()) {
			throw MeldcodeGeweigerd.algemeen("meldcode.regel.casusAfgesloten");
		}
		Meldcode meldcode = meldcode(casusId)
			.orElseThrow(() -> MeldcodeGeweigerd.algemeen("meldcode.regel.nietGestart"));
		LocalDate op = meldcode.controleerStap(stap, datum, toelichting, LocalDate.now(this.clock));
		int rijen = this.jdbc.sql("""
				insert into meldcode_stap (casus_id, stap, datum, toelichting, door_gebruiker_id, vastgelegd_op)
				values (?, ?, ?, ?, ?, ?)
				on conflict (casus_id, stap) do nothing
				""")
			.params(casusId, stap, op, Meldcode.tekst(toelichting), gebruiker.id(),
					Timestamp.from(this.clock.instant()))
			.update();
		if (rijen == 0) {
			throw new OptimisticLockingFailureException(
					"stap " + stap + " van de meldcode van casus " + casusId + " is intussen vastgelegd");
		}
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "meldcodeStap" + stap, Datums.dag(op));
	}

	/**
	 * The meldcode of a case for a page of its own (after a refused form), read within
	 * the user's scope and logged as {@code CASUS_BEKEKEN}.
	 */
	@Transactional
	public Pagina lees(WijkdossierUser gebruiker, long casusId, MeldcodeOverzicht.Invoer invoer) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.CASUS_BEKEKEN);
		return new Pagina(kop, new MeldcodeOverzicht(casusId, !kop.isAfgesloten(), meldcode(casusId).orElse(null),
				LocalDate.now(this.clock), invoer));
	}

	/** The meldcode of a case already read within scope: no access check of its own. */
	@Transactional(readOnly = true)
	public Optional<Meldcode> meldcode(long casusId) {
		List<Start> start = new ArrayList<>();
		List<Meldcode.Gezet> gezet = new ArrayList<>();
		this.jdbc.sql(MELDCODE).param(casusId).query((rs) -> {
			if (start.isEmpty()) {
				long gesprek = rs.getLong("gesprek_id");
				Long gesprekId = rs.wasNull() ? null : gesprek;
				start.add(new Start(rs.getObject("gestart_op", LocalDate.class), rs.getString("gestart_door"),
						gesprekId, rs.getObject("gesprek_datum", LocalDate.class)));
			}
			int stap = rs.getInt("stap");
			if (!rs.wasNull()) {
				gezet.add(new Meldcode.Gezet(stap, rs.getObject("datum", LocalDate.class), rs.getString("toelichting"),
						rs.getString("door")));
			}
		});
		return start.stream()
			.findFirst()
			.map((s) -> new Meldcode(casusId, s.op(), s.door(), s.gesprekId(), s.gesprekDatum(), gezet));
	}

	/** How a meldcode was started: the first columns of every row of its query. */
	private record Start(LocalDate op, String door, Long gesprekId, LocalDate gesprekDatum) {
	}

	/** A case's head with its meldcode, for a page of its own. */
	record Pagina(CasusKop kop, MeldcodeOverzicht overzicht) {
	}

}
