package nl.wijkdossier.verwijzing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.CasusKop;
import nl.wijkdossier.casus.Dossiers;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.verwijzing.Weigering.Fout;

/**
 * The use cases of referrals on a case: the picker, sending, the answer, closing and
 * "seen". Each starts by reading the case within the user's scope (the scope is in the
 * query; outside it a DENIED access-log row and "not found") and logs what it does in the
 * same transaction; a referral is only ever found through its own case. A change checks
 * the version the user saw, lets the {@link Verwijzing} aggregate guard its rule and
 * writes a timeline line. A refused change throws {@link Weigering} and stores nothing.
 */
@Service
@Transactional
class Verwijzingen {

	/** The longest timeline detail the casus module stores. */
	private static final int MAX_DETAIL = 2000;

	private static final String DETAIL = """
			select w.id, w.casus_id, w.gesprek_id, g.datum as gesprek_datum, w.reden, w.status, w.verstuurd_op,
			       vu.weergavenaam as verstuurd_door, w.specialisme, w.sst_vraag, w.beantwoord_op,
			       bu.weergavenaam as beantwoord_door, w.afwijsreden, w.afgerond_op, au.weergavenaam as afgerond_door,
			       w.terugkoppeling, w.antwoord_gezien, w.version, v.id as voorziening_id, v.naam, v.soort, v.adres,
			       v.telefoon, v.email, v.website, v.actief
			from verwijzing w
			join voorziening v on v.id = w.voorziening_id
			join gebruiker vu on vu.id = w.verstuurd_door
			left join gebruiker bu on bu.id = w.beantwoord_door
			left join gebruiker au on au.id = w.afgerond_door
			left join gesprek g on g.id = w.gesprek_id
			where w.id = :id and w.casus_id = :casus
			""";

	private final Dossiers dossiers;

	private final Tijdlijn tijdlijn;

	private final ToegangsLog toegangsLog;

	private final Organisatie organisatie;

	private final VerwijzingRepository verwijzingen;

	private final VoorzieningRepository voorzieningen;

	private final Kiezer kiezer;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	Verwijzingen(Dossiers dossiers, Tijdlijn tijdlijn, ToegangsLog toegangsLog, Organisatie organisatie,
			VerwijzingRepository verwijzingen, VoorzieningRepository voorzieningen, Kiezer kiezer, JdbcClient jdbc,
			MessageSource messages, Clock clock) {
		this.dossiers = dossiers;
		this.tijdlijn = tijdlijn;
		this.toegangsLog = toegangsLog;
		this.organisatie = organisatie;
		this.verwijzingen = verwijzingen;
		this.voorzieningen = voorzieningen;
		this.kiezer = kiezer;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The referral form of a case: its head and the picker's options for its team. Logged
	 * as a read of the case. A conversation it starts from must be one of this case.
	 */
	Formulier formulier(WijkdossierUser gebruiker, long casusId, Long gesprekId, VoorzieningSoort soort, String tekst,
			Long gekozen) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.CASUS_BEKEKEN);
		LocalDate gesprekDatum = (gesprekId != null) ? gesprekDatum(casusId, gesprekId, Gebeurtenis.CASUS_BEKEKEN)
				: null;
		Kiezer.Keuzes keuzes = this.kiezer.keuzes(kop.teamId(), soort, tekst, gekozen);
		return new Formulier(kop, gesprekId, gesprekDatum, keuzes);
	}

	/**
	 * Sends a referral: on an open case, to an active entry, with a reason (and for the
	 * Sociaal Stedelijk Team the specialism and question); a timeline line that links to
	 * it. The case is read as {@code VERWIJZING_AANGEMAAKT}: that is the access-log row
	 * of the change, rolled back with it when a rule refuses it.
	 * @return the new referral's id
	 */
	long verwijs(WijkdossierUser gebruiker, long casusId, NieuweVerwijzing opdracht) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.VERWIJZING_AANGEMAAKT);
		if (opdracht.gesprekId() != null) {
			gesprekDatum(casusId, opdracht.gesprekId(), Gebeurtenis.VERWIJZING_AANGEMAAKT);
		}
		if (kop.isAfgesloten()) {
			throw Weigering.van(null, "verwijzing.regel.casusAfgesloten");
		}
		Optional<Voorziening> voorziening = (opdracht.voorzieningId() != null)
				? this.voorzieningen.findById(opdracht.voorzieningId()) : Optional.empty();
		Verwijzing.Doel doel = voorziening
			.map((v) -> new Verwijzing.Doel(v.getId(), v.getNaam(), v.getSoort(), v.isActief()))
			.orElse(null);
		List<Fout> fouten = new ArrayList<>();
		if (doel == null) {
			fouten.add(new Fout("voorzieningId", "verwijzing.fout.voorzieningKiezen"));
		}
		fouten.addAll(Verwijzing.fouten(doel, opdracht.reden(), opdracht.specialisme(), opdracht.sstVraag()));
		if (!fouten.isEmpty()) {
			throw new Weigering(fouten);
		}
		Verwijzing verwijzing = Verwijzing.verstuur(casusId, doel, opdracht.gesprekId(), opdracht.reden(),
				opdracht.specialisme(), opdracht.sstVraag(), gebruiker.id(), this.clock.instant());
		long id = this.verwijzingen.saveAndFlush(verwijzing).getId();
		String detail = (verwijzing.getSpecialisme() != null)
				? doel.naam() + ", "
						+ this.messages.getMessage(verwijzing.getSpecialisme().messageKey(), null,
								LocaleContextHolder.getLocale())
						+ ": " + verwijzing.getSstVraag()
				: doel.naam() + ": " + verwijzing.getReden();
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "verwijzing", kort(detail), pad(casusId, id));
		return id;
	}

	/** A referral of this case with its history, logged as {@code VERWIJZING_BEKEKEN}. */
	Detail lees(WijkdossierUser gebruiker, long casusId, long verwijzingId) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.VERWIJZING_BEKEKEN);
		VerwijzingInfo verwijzing = this.jdbc.sql(DETAIL)
			.param("id", verwijzingId)
			.param("casus", casusId)
			.query(Verwijzingen::info)
			.optional()
			.orElseThrow(() -> nietVanDezeCasus(Gebeurtenis.VERWIJZING_BEKEKEN, casusId));
		boolean kanGezienMelden = !verwijzing.antwoordGezien() && magGezienMelden(gebruiker, kop);
		return new Detail(kop, verwijzing, kanGezienMelden);
	}

	/** Records the organisation's answer: accepted, or declined with its reason. */
	void beantwoord(WijkdossierUser gebruiker, long casusId, long verwijzingId, long version, VerwijzingStatus antwoord,
			String afwijsreden) {
		wijzig(gebruiker, casusId, verwijzingId, version, (verwijzing, kop, naam) -> {
			verwijzing.beantwoord(antwoord, afwijsreden, gebruiker.id(), this.clock.instant(),
					isGezienDoor(gebruiker, kop));
			boolean afgewezen = verwijzing.getStatus() == VerwijzingStatus.AFGEWEZEN;
			return new Regel(afgewezen ? "verwijzingAfgewezen" : "verwijzingGeaccepteerd",
					afgewezen ? naam + ": " + verwijzing.getAfwijsreden() : naam);
		});
	}

	/** Closes an accepted referral with the organisation's feedback. */
	void rondAf(WijkdossierUser gebruiker, long casusId, long verwijzingId, long version, String terugkoppeling) {
		wijzig(gebruiker, casusId, verwijzingId, version, (verwijzing, kop, naam) -> {
			verwijzing.rondAf(terugkoppeling, gebruiker.id(), this.clock.instant(), isGezienDoor(gebruiker, kop));
			return new Regel("verwijzingAfgerond", naam + ": " + verwijzing.getTerugkoppeling());
		});
	}

	/**
	 * The regievoerder (or a manager of the team) has seen the answer, so it is no longer
	 * new on her home page. Nobody else may clear it for her.
	 */
	void markeerGezien(WijkdossierUser gebruiker, long casusId, long verwijzingId, long version) {
		wijzig(gebruiker, casusId, verwijzingId, version, (verwijzing, kop, naam) -> {
			if (!magGezienMelden(gebruiker, kop)) {
				throw Weigering.van(null, "verwijzing.regel.gezienAlleenRegievoerder");
			}
			verwijzing.markeerGezien();
			return null;
		});
	}

	private void wijzig(WijkdossierUser gebruiker, long casusId, long verwijzingId, long version, Wijziging wijziging) {
		CasusKop kop = this.dossiers.kop(gebruiker, casusId, Gebeurtenis.VERWIJZING_GEWIJZIGD);
		Verwijzing verwijzing = this.verwijzingen.findByIdAndCasusId(verwijzingId, casusId)
			.orElseThrow(() -> nietVanDezeCasus(Gebeurtenis.VERWIJZING_GEWIJZIGD, casusId));
		if (verwijzing.getVersion() != version) {
			throw new OptimisticLockingFailureException("verwijzing " + verwijzingId + " is intussen gewijzigd");
		}
		String naam = this.voorzieningen.findById(verwijzing.getVoorzieningId())
			.map(Voorziening::getNaam)
			.orElseThrow(() -> new NietGevondenException("voorziening"));
		Regel regel = wijziging.pasToe(verwijzing, kop, naam);
		this.verwijzingen.flush();
		if (regel != null) {
			this.tijdlijn.schrijf(casusId, gebruiker.id(), regel.soort(), kort(regel.detail()),
					pad(casusId, verwijzingId));
		}
	}

	/**
	 * The date of a conversation of this case. A conversation of another case (or none)
	 * is refused as "not found", with a DENIED row: the id was not the user's to use.
	 */
	private LocalDate gesprekDatum(long casusId, long gesprekId, Gebeurtenis gebeurtenis) {
		return this.jdbc.sql("select datum from gesprek where id = ? and casus_id = ?")
			.params(gesprekId, casusId)
			.query(LocalDate.class)
			.optional()
			.orElseThrow(() -> {
				this.toegangsLog.geweigerd(gebeurtenis, null, casusId);
				return new NietGevondenException("gesprek");
			});
	}

	private NietGevondenException nietVanDezeCasus(Gebeurtenis gebeurtenis, long casusId) {
		this.toegangsLog.geweigerd(gebeurtenis, null, casusId);
		return new NietGevondenException("verwijzing");
	}

	/** Whether this user is the case's regievoerder. */
	private boolean isRegievoerder(WijkdossierUser gebruiker, CasusKop kop) {
		if (kop.regievoerderId() == null) {
			return false;
		}
		return this.organisatie.medewerkerVan(gebruiker)
			.map(MedewerkerInfo::id)
			.filter((id) -> Objects.equals(id, kop.regievoerderId()))
			.isPresent();
	}

	/**
	 * An answer counts as seen when the regievoerder records it herself, or when the case
	 * has no regievoerder to tell.
	 */
	private boolean isGezienDoor(WijkdossierUser gebruiker, CasusKop kop) {
		return kop.regievoerderId() == null || isRegievoerder(gebruiker, kop);
	}

	private boolean magGezienMelden(WijkdossierUser gebruiker, CasusKop kop) {
		return gebruiker.heeftRol(Rol.WIJKTEAMMANAGER) || isRegievoerder(gebruiker, kop);
	}

	static String pad(long casusId, long verwijzingId) {
		return "/casussen/" + casusId + "/verwijzingen/" + verwijzingId;
	}

	private static String kort(String tekst) {
		return (tekst.length() <= MAX_DETAIL) ? tekst : tekst.substring(0, MAX_DETAIL - 1) + "\u2026";
	}

	private static VerwijzingInfo info(ResultSet rs, int rij) throws SQLException {
		String specialisme = rs.getString("specialisme");
		long gesprek = rs.getLong("gesprek_id");
		Long gesprekId = rs.wasNull() ? null : gesprek;
		return new VerwijzingInfo(rs.getLong("id"), rs.getLong("casus_id"), gesprekId,
				rs.getObject("gesprek_datum", LocalDate.class), rs.getString("reden"),
				VerwijzingStatus.valueOf(rs.getString("status")), moment(rs, "verstuurd_op"),
				rs.getString("verstuurd_door"), (specialisme != null) ? Specialisme.valueOf(specialisme) : null,
				rs.getString("sst_vraag"), moment(rs, "beantwoord_op"), rs.getString("beantwoord_door"),
				rs.getString("afwijsreden"), moment(rs, "afgerond_op"), rs.getString("afgerond_door"),
				rs.getString("terugkoppeling"), rs.getBoolean("antwoord_gezien"), rs.getLong("version"),
				rs.getLong("voorziening_id"), rs.getString("naam"), VoorzieningSoort.valueOf(rs.getString("soort")),
				rs.getString("adres"), rs.getString("telefoon"), rs.getString("email"), rs.getString("website"),
				rs.getBoolean("actief"));
	}

	private static Instant moment(ResultSet rs, String kolom) throws SQLException {
		Timestamp moment = rs.getTimestamp(kolom);
		return (moment != null) ? moment.toInstant() : null;
	}

	/** A change of a loaded referral; returns the timeline line to write, or null. */
	@FunctionalInterface
	private interface Wijziging {

		Regel pasToe(Verwijzing verwijzing, CasusKop kop, String voorzieningNaam);

	}

	private record Regel(String soort, String detail) {
	}

	/** What the user asks to send. */
	record NieuweVerwijzing(Long voorzieningId, String reden, Long gesprekId, Specialisme specialisme,
			String sstVraag) {
	}

	/** The referral form's content. */
	record Formulier(CasusKop kop, Long gesprekId, LocalDate gesprekDatum, Kiezer.Keuzes keuzes) {
	}

	/** A referral page's content. */
	record Detail(CasusKop kop, VerwijzingInfo verwijzing, boolean kanGezienMelden) {
	}

}
