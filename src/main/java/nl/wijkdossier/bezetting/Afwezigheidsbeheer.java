package nl.wijkdossier.bezetting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.bezetting.AfwezigheidRijen.Kop;
import nl.wijkdossier.bezetting.AfwezigheidWeigering.Fout;
import nl.wijkdossier.bezetting.Bezetting.InvalRegel;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;

/**
 * The use cases of an absence and its invallen (one aggregate: every change of an inval
 * raises the absence's version, so two managers cannot appoint overlapping invallers at
 * the same moment). Every rule is checked before anything is written; a broken rule is an
 * {@link AfwezigheidWeigering}, a stale version an
 * {@link OptimisticLockingFailureException}, an absence the user may not act on "not
 * found".
 * <p>
 * The rules: a wijkwerker registers only her own absence and never illness, not entirely
 * in the past; a manager registers for the medewerkers of his teams, any type, also in
 * the past. Periods are whole days, at most a year, never overlapping another absence of
 * the same person. An invaller is appointed by the manager, from today on, within the
 * absence, from the same cluster and present the whole inval. Shortening an absence
 * shortens its invallen; withdrawing an inval ends the access at once.
 * <p>
 * Appointing, shortening and withdrawing an inval each write a line on the timeline of
 * every active case of the absent regievoerder, so a resident's history shows who had
 * access to her file and when (the access log records each look).
 */
@Component
@Transactional
class Afwezigheidsbeheer {

	/**
	 * First key of the advisory lock that serialises changes of one person's absences.
	 */
	private static final int SLOT_AFWEZIGHEID = 61_300;

	static final String TIJDLIJN_AANGEWEZEN = "invalAangewezen";

	static final String TIJDLIJN_INGEKORT = "invalIngekort";

	static final String TIJDLIJN_INGETROKKEN = "invalIngetrokken";

	private final JdbcClient jdbc;

	private final AfwezigheidRijen rijen;

	private final Kandidaten kandidaten;

	private final Organisatie organisatie;

	private final Tijdlijn tijdlijn;

	private final Clock clock;

	Afwezigheidsbeheer(JdbcClient jdbc, AfwezigheidRijen rijen, Kandidaten kandidaten, Organisatie organisatie,
			Tijdlijn tijdlijn, Clock clock) {
		this.jdbc = jdbc;
		this.rijen = rijen;
		this.kandidaten = kandidaten;
		this.organisatie = organisatie;
		this.tijdlijn = tijdlijn;
		this.clock = clock;
	}

	/** Registers an absence; all four values are present (the form checked that). */
	long registreer(Positie ik, Invoer invoer) {
		LocalDate vandaag = Positie.vandaag(this.clock);
		List<Fout> fouten = new ArrayList<>();
		if (ik.isManager()) {
			Optional<MedewerkerInfo> medewerker = this.organisatie.medewerker(invoer.medewerkerId())
				.filter(MedewerkerInfo::actief);
			if (medewerker.isEmpty() || !ik.isManagerVan(medewerker.get().teamId())) {
				fouten.add(Fout.op("medewerkerId", "afwezigheid.fout.nietVanJouwTeams"));
			}
		}
		else {
			if (!ik.isZelf(invoer.medewerkerId())) {
				fouten.add(Fout.op("medewerkerId", "afwezigheid.fout.alleenEigen"));
			}
			if (invoer.soort() == AfwezigheidSoort.ZIEKTE) {
				fouten.add(Fout.op("soort", "afwezigheid.fout.ziekteViaManager"));
			}
		}
		controleerPeriode(fouten, invoer.van(), invoer.tot(), !ik.isManager(), vandaag);
		if (fouten.isEmpty()) {
			vergrendel(invoer.medewerkerId());
			overlap(invoer.medewerkerId(), invoer.van(), invoer.tot(), -1).ifPresent(fouten::add);
		}
		AfwezigheidWeigering.weigerBij(fouten);
		return this.jdbc.sql("""
				insert into afwezigheid (medewerker_id, soort, van, tot, geregistreerd_door, geregistreerd_op)
				values (:medewerker, :soort, :van, :tot, :door, :op)
				returning id
				""")
			.param("medewerker", invoer.medewerkerId())
			.param("soort", invoer.soort().name())
			.param("van", invoer.van())
			.param("tot", invoer.tot())
			.param("door", ik.gebruiker().id())
			.param("op", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/**
	 * Moves the last day (back early, or longer ill); invallen beyond the new end are
	 * shortened or, when they would not start any more, withdrawn.
	 */
	void wijzigEinde(Positie ik, long id, long version, LocalDate tot) {
		LocalDate vandaag = Positie.vandaag(this.clock);
		Kop afwezigheid = wijzigbaar(ik, id, version, vandaag);
		List<Fout> fouten = new ArrayList<>();
		controleerPeriode(fouten, afwezigheid.van(), tot, false, vandaag);
		fouten.removeIf((f) -> "van".equals(f.veld()));
		if (fouten.isEmpty() && !ik.isManagerVan(afwezigheid.teamId()) && tot.isBefore(vandaag.minusDays(1))) {
			fouten.add(Fout.op("tot", "afwezigheid.fout.eindeVerleden"));
		}
		if (fouten.isEmpty()) {
			vergrendel(afwezigheid.medewerkerId());
			overlap(afwezigheid.medewerkerId(), afwezigheid.van(), tot, id)
				.map((f) -> Fout.op("tot", f.code(), f.args()))
				.ifPresent(fouten::add);
		}
		AfwezigheidWeigering.weigerBij(fouten);
		int rijen = this.jdbc
			.sql("update afwezigheid set tot = :tot, version = version + 1 where id = :id and version = :version")
			.param("tot", tot)
			.param("id", id)
			.param("version", version)
			.update();
		if (rijen == 0) {
			throw new OptimisticLockingFailureException("afwezigheid " + id + " is intussen gewijzigd");
		}
		List<Long> casussen = actieveCasussen(afwezigheid.medewerkerId());
		for (InvalRegel inval : this.rijen.invallen(List.of(id))) {
			if (inval.van().isAfter(tot)) {
				verwijderInval(inval.id());
				schrijf(casussen, ik, TIJDLIJN_INGETROKKEN, inval.invallerNaam(), inval.van(), inval.tot());
			}
			else if (inval.tot().isAfter(tot)) {
				this.jdbc.sql("update inval set tot = :tot where id = :id")
					.param("tot", tot)
					.param("id", inval.id())
					.update();
				schrijf(casussen, ik, TIJDLIJN_INGEKORT, inval.invallerNaam(), inval.van(), tot);
			}
		}
	}

	/**
	 * Withdraws an absence with its invallen (entered by mistake, or a holiday that does
	 * not happen). A wijkwerker withdraws only her own that has not begun yet; once begun
	 * she changes its end instead.
	 */
	void trekIn(Positie ik, long id, long version) {
		LocalDate vandaag = Positie.vandaag(this.clock);
		Kop afwezigheid = wijzigbaar(ik, id, version, vandaag);
		if (!ik.isManagerVan(afwezigheid.teamId()) && afwezigheid.isBegonnen(vandaag)) {
			throw AfwezigheidWeigering.van(null, "afwezigheid.fout.alBegonnen");
		}
		verhoogVersie(id, version);
		List<Long> casussen = actieveCasussen(afwezigheid.medewerkerId());
		for (InvalRegel inval : this.rijen.invallen(List.of(id))) {
			verwijderInval(inval.id());
			schrijf(casussen, ik, TIJDLIJN_INGETROKKEN, inval.invallerNaam(), inval.van(), inval.tot());
		}
		this.jdbc.sql("delete from afwezigheid where id = :id").param("id", id).update();
	}

	/**
	 * Appoints an invaller for (part of) an absence: the manager of the absent
	 * colleague's team only.
	 */
	long wijsInvallerAan(Positie ik, long id, long version, InvalInvoer invoer) {
		LocalDate vandaag = Positie.vandaag(this.clock);
		Kop afwezigheid = vanManager(ik, id);
		verhoogVersie(id, version);
		if (afwezigheid.isVoorbij(vandaag)) {
			throw AfwezigheidWeigering.van(null, "inval.fout.afwezigheidVoorbij");
		}
		List<Fout> fouten = new ArrayList<>();
		LocalDate van = invoer.van();
		LocalDate tot = invoer.tot();
		if (van.isBefore(vandaag)) {
			fouten.add(Fout.op("van", "inval.fout.vanVerleden"));
		}
		else if (van.isBefore(afwezigheid.van()) || van.isAfter(afwezigheid.tot())) {
			fouten.add(Fout.op("van", "inval.fout.buitenAfwezigheid", Datums.dag(afwezigheid.van()),
					Datums.dag(afwezigheid.tot())));
		}
		if (tot.isBefore(van)) {
			fouten.add(Fout.op("tot", "inval.fout.totVoorVan"));
		}
		else if (tot.isAfter(afwezigheid.tot())) {
			fouten.add(Fout.op("tot", "inval.fout.buitenAfwezigheid", Datums.dag(afwezigheid.van()),
					Datums.dag(afwezigheid.tot())));
		}
		if (fouten.isEmpty()) {
			this.rijen.invallen(List.of(id))
				.stream()
				.filter((i) -> !i.van().isAfter(tot) && !i.tot().isBefore(van))
				.findFirst()
				.ifPresent((i) -> fouten.add(Fout.op("van", "inval.fout.overlap", i.invallerNaam(), Datums.dag(i.van()),
						Datums.dag(i.tot()))));
			boolean kandidaat = this.kandidaten
				.voor(afwezigheid.medewerkerId(), afwezigheid.teamId(), afwezigheid.clusterId(), van, tot)
				.stream()
				.anyMatch((k) -> k.id() == invoer.invallerId());
			if (!kandidaat) {
				fouten.add(zelfAfwezig(invoer.invallerId(), van, tot)
					.orElse(Fout.op("invallerId", "inval.fout.nietInCluster")));
			}
		}
		AfwezigheidWeigering.weigerBij(fouten);
		long invalId = this.jdbc.sql("""
				insert into inval (afwezigheid_id, invaller_id, van, tot, aangewezen_door, aangewezen_op)
				values (:afwezigheid, :invaller, :van, :tot, :door, :op)
				returning id
				""")
			.param("afwezigheid", id)
			.param("invaller", invoer.invallerId())
			.param("van", van)
			.param("tot", tot)
			.param("door", ik.gebruiker().id())
			.param("op", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		String naam = this.organisatie.medewerker(invoer.invallerId()).map(MedewerkerInfo::naam).orElseThrow();
		schrijf(actieveCasussen(afwezigheid.medewerkerId()), ik, TIJDLIJN_AANGEWEZEN, naam, van, tot);
		return invalId;
	}

	/**
	 * Withdraws an inval: one that has not begun goes; one that has begun ends yesterday,
	 * so the access ends now and the record of who had it stays.
	 */
	void trekInvalIn(Positie ik, long id, long invalId, long version) {
		LocalDate vandaag = Positie.vandaag(this.clock);
		Kop afwezigheid = vanManager(ik, id);
		InvalRegel inval = this.rijen.invallen(List.of(id))
			.stream()
			.filter((i) -> i.id() == invalId)
			.findFirst()
			.orElseThrow(() -> new NietGevondenException("inval"));
		verhoogVersie(id, version);
		if (!inval.isIntrekbaar(vandaag)) {
			throw AfwezigheidWeigering.van(null, "inval.fout.alVoorbij");
		}
		if (inval.van().isBefore(vandaag)) {
			this.jdbc.sql("update inval set tot = :tot where id = :id")
				.param("tot", vandaag.minusDays(1))
				.param("id", invalId)
				.update();
		}
		else {
			verwijderInval(invalId);
		}
		schrijf(actieveCasussen(afwezigheid.medewerkerId()), ik, TIJDLIJN_INGETROKKEN, inval.invallerNaam(),
				inval.van(), inval.tot());
	}

	/**
	 * The absence as its manager or (not illness, not over) the person herself may change
	 * it; anyone else finds nothing.
	 */
	private Kop wijzigbaar(Positie ik, long id, long version, LocalDate vandaag) {
		Kop afwezigheid = this.rijen.kop(id)
			.filter((a) -> ik.isManagerVan(a.teamId()) || ik.isZelf(a.medewerkerId()))
			.orElseThrow(() -> new NietGevondenException("afwezigheid"));
		if (afwezigheid.version() != version) {
			throw new OptimisticLockingFailureException("afwezigheid " + id + " is intussen gewijzigd");
		}
		if (!ik.isManagerVan(afwezigheid.teamId())) {
			if (afwezigheid.soort() == AfwezigheidSoort.ZIEKTE) {
				throw AfwezigheidWeigering.van(null, "afwezigheid.fout.ziekteWijzigtManager");
			}
			if (afwezigheid.isVoorbij(vandaag)) {
				throw AfwezigheidWeigering.van(null, "afwezigheid.fout.alVoorbij");
			}
		}
		return afwezigheid;
	}

	private Kop vanManager(Positie ik, long id) {
		return this.rijen.kop(id)
			.filter((a) -> ik.isManagerVan(a.teamId()) && a.clusterId() != null)
			.orElseThrow(() -> new NietGevondenException("afwezigheid"));
	}

	/** Takes the row lock of the absence, from the version the user saw. */
	private void verhoogVersie(long id, long version) {
		int rijen = this.jdbc.sql("update afwezigheid set version = version + 1 where id = :id and version = :version")
			.param("id", id)
			.param("version", version)
			.update();
		if (rijen == 0) {
			throw new OptimisticLockingFailureException("afwezigheid " + id + " is intussen gewijzigd");
		}
	}

	/**
	 * Period rules shared by registering and changing: the end not before the start, at
	 * most a year, a start within a year back and two years ahead (a typo such as 2062 is
	 * caught), and for a wijkwerker not entirely in the past.
	 */
	private static void controleerPeriode(List<Fout> fouten, LocalDate van, LocalDate tot, boolean alsWijkwerker,
			LocalDate vandaag) {
		if (van.isBefore(vandaag.minusYears(1)) || van.isAfter(vandaag.plusYears(2))) {
			fouten.add(Fout.op("van", "afwezigheid.fout.vanBuitenBereik"));
		}
		if (tot.isBefore(van)) {
			fouten.add(Fout.op("tot", "afwezigheid.fout.totVoorVan"));
		}
		else if (tot.isAfter(van.plusYears(1).minusDays(1))) {
			fouten.add(Fout.op("tot", "afwezigheid.fout.teLang"));
		}
		else if (alsWijkwerker && tot.isBefore(vandaag)) {
			fouten.add(Fout.op("tot", "afwezigheid.fout.helemaalVerleden"));
		}
	}

	/** Another absence of the same person on one of these days. */
	private Optional<Fout> overlap(long medewerker, LocalDate van, LocalDate tot, long behalve) {
		return this.jdbc.sql("""
				select van, tot from afwezigheid
				where medewerker_id = :medewerker and van <= :tot and tot >= :van and id <> :behalve
				order by van limit 1
				""")
			.param("medewerker", medewerker)
			.param("van", van)
			.param("tot", tot)
			.param("behalve", behalve)
			.query((rs, rij) -> Fout.op("van", "afwezigheid.fout.overlap",
					Datums.dag(rs.getObject("van", LocalDate.class)), Datums.dag(rs.getObject("tot", LocalDate.class))))
			.optional();
	}

	/** The invaller is away herself on a day of the inval. */
	private Optional<Fout> zelfAfwezig(long invaller, LocalDate van, LocalDate tot) {
		return this.jdbc.sql("""
				select van, tot from afwezigheid
				where medewerker_id = :invaller and van <= :tot and tot >= :van
				order by van limit 1
				""")
			.param("invaller", invaller)
			.param("van", van)
			.param("tot", tot)
			.query((rs, rij) -> Fout.op("invallerId", "inval.fout.invallerAfwezig",
					Datums.dag(rs.getObject("van", LocalDate.class)), Datums.dag(rs.getObject("tot", LocalDate.class))))
			.optional();
	}

	/**
	 * Two registrations for the same person at the same moment could both pass the
	 * overlap check; this lock (until the end of the transaction) lets one wait for the
	 * other.
	 */
	private void vergrendel(long medewerker) {
		this.jdbc.sql("select pg_advisory_xact_lock(:slot, cast(:medewerker as int))")
			.param("slot", SLOT_AFWEZIGHEID)
			.param("medewerker", medewerker)
			.query((rs, rij) -> Boolean.TRUE)
			.single();
	}

	private void verwijderInval(long invalId) {
		this.jdbc.sql("delete from inval where id = :id").param("id", invalId).update();
	}

	/** The cases the absent colleague holds regie of and that are not closed. */
	private List<Long> actieveCasussen(long medewerker) {
		return this.jdbc.sql("select id from casus where regievoerder_id = :m and status <> 'AFGESLOTEN' order by id")
			.param("m", medewerker)
			.query(Long.class)
			.list();
	}

	/**
	 * A timeline line per case: "Invaller aangewezen: Anna de Vries, 03-03-2026 –
	 * 14-03-2026". The type of the absence is never written there.
	 */
	private void schrijf(List<Long> casussen, Positie ik, String soort, String invaller, LocalDate van, LocalDate tot) {
		String detail = invaller + ", " + Datums.dag(van) + " – " + Datums.dag(tot);
		for (long casus : casussen) {
			this.tijdlijn.schrijf(casus, ik.gebruiker().id(), soort, detail);
		}
	}

	/** A new absence as entered. */
	record Invoer(long medewerkerId, AfwezigheidSoort soort, LocalDate van, LocalDate tot) {
	}

	/** A new inval as entered. */
	record InvalInvoer(long invallerId, LocalDate van, LocalDate tot) {
	}

}
