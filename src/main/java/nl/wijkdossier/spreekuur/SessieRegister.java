package nl.wijkdossier.spreekuur;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.AanmeldingGeregistreerd;
import nl.wijkdossier.casus.InwonerZoeker;
import nl.wijkdossier.casus.Scope;
import nl.wijkdossier.casus.Tijdlijn;
import nl.wijkdossier.casus.Toegang;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;
import nl.wijkdossier.spreekuur.SessieRegisterRegels.Fout;
import nl.wijkdossier.spreekuur.SessieRegisterRegels.Lijn;
import nl.wijkdossier.spreekuur.SessieRegisterRegels.Venster;
import nl.wijkdossier.verwijzing.SocialeKaart;
import nl.wijkdossier.verwijzing.SocialeKaart.VoorzieningInfo;

/**
 * The visitor register of one session: reading it, registering a line, undoing one's own
 * last line while the register is open, and a manager's correction afterwards.
 * <p>
 * Every route loads the session within the user's {@link SpreekuurScope} (the sessions of
 * her teams and those she is on duty for) as a condition of the query; outside it a
 * DENIED access-log row and "not found". A line is anonymous unless it is linked to a
 * known resident; a linked line is resident data: it is access-logged and written on the
 * timeline of her open case, in the same transaction. Registering locks the session row,
 * so two colleagues registering at the same moment get consecutive numbers.
 */
@Service
@Transactional
class SessieRegister {

	private static final Logger log = LoggerFactory.getLogger(SessieRegister.class);

	/** At most this many sociale-kaart entries in the referral choice. */
	static final int MAXIMUM_VOORZIENINGEN = 40;

	/** A moment as the hour and minute it was in the city. */
	static final DateTimeFormatter UUR = DateTimeFormatter.ofPattern("HH:mm").withZone(ClockConfiguration.ZONE);

	/** Timeline lines are stored text, in the language of the records. */
	private static final Locale NEDERLANDS = Locale.forLanguageTag("nl-NL");

	private static final String KOP = """
			select s.id, s.spreekuur_id, s.datum, s.begintijd, s.eindtijd, s.begint_op, s.eindigt_op, s.vervalt_reden,
			       s.extra, sp.team_id, t.naam as team_naam, t.cluster_id, sp.soort, sp.locatie_naam, sp.locatie_adres
			from spreekuur_sessie s
			join spreekuur sp on sp.id = s.spreekuur_id
			join wijkteam t on t.id = sp.team_id
			where s.id = :sessie and
			""" + SpreekuurScope.SQL;

	private static final String REGELS = """
			select b.id, b.volgnummer, b.onderwerp, b.resultaat, b.duur_minuten, b.notitie, b.inwoner_id,
			       b.voorziening_id, v.naam as voorziening_naam, b.geregistreerd_door, u.weergavenaam as door_naam,
			       b.geregistreerd_op, b.ingetrokken_op, b.correctie_reden, b.gecorrigeerd_op, b.version,
			       case when exists (select 1 from casus c where c.inwoner_id = b.inwoner_id and %1$s)
			            then i.voornaam || ' ' || i.achternaam end as inwoner_naam,
			       case when exists (select 1 from casus c where c.id = b.casus_id and %1$s)
			            then b.casus_id end as casus_id
			from spreekuur_bezoek b
			join gebruiker u on u.id = b.geregistreerd_door
			left join voorziening v on v.id = b.voorziening_id
			left join inwoner i on i.id = b.inwoner_id
			where b.sessie_id = :sessie
			""".formatted(Scope.SQL);

	private final JdbcClient jdbc;

	private final Toegang toegang;

	private final SpreekuurToegang spreekuurToegang;

	private final ToegangsLog toegangsLog;

	private final Tijdlijn tijdlijn;

	private final SocialeKaart socialeKaart;

	private final InwonerZoeker inwonerZoeker;

	private final MessageSource messages;

	private final Clock clock;

	SessieRegister(JdbcClient jdbc, Toegang toegang, SpreekuurToegang spreekuurToegang, ToegangsLog toegangsLog,
			Tijdlijn tijdlijn, SocialeKaart socialeKaart, InwonerZoeker inwonerZoeker, MessageSource messages,
			Clock clock) {
		this.jdbc = jdbc;
		this.toegang = toegang;
		this.spreekuurToegang = spreekuurToegang;
		this.toegangsLog = toegangsLog;
		this.tijdlijn = tijdlijn;
		this.socialeKaart = socialeKaart;
		this.inwonerZoeker = inwonerZoeker;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The register as the day view shows it. Each linked resident the user may see is
	 * shown by name and logged as {@code INWONER_BEKEKEN}; a resident outside her scope
	 * stays "a known resident", unnamed.
	 */
	public Register lees(WijkdossierUser gebruiker, long sessieId) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Kop kop = kop(gebruiker, sessieId, false).orElseThrow(() -> {
			this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_REGISTER_BEKEKEN, null, null);
			return new NietGevondenException("sessie");
		});
		List<Regel> regels = regels(scope, sessieId, null);
		List<Long> getoond = new ArrayList<>();
		for (Regel regel : regels) {
			if (regel.inwonerNaam() != null && !getoond.contains(regel.inwonerId())) {
				getoond.add(regel.inwonerId());
				this.toegangsLog.ok(Gebeurtenis.INWONER_BEKEKEN, regel.inwonerId(), regel.casusId());
			}
		}
		Instant nu = this.clock.instant();
		Venster venster = SessieRegisterRegels.venster(kop.begintOp(), kop.eindigtOp(), nu);
		Optional<Regel> eigenLaatste = SessieRegisterRegels
			.laatsteEigen(regels.stream().map(Regel::lijn).toList(), gebruiker.id())
			.flatMap((lijn) -> regels.stream().filter((r) -> r.id() == lijn.id()).findFirst());
		return new Register(kop, diensten(sessieId), regels, Totalen.van(regels), venster,
				SessieRegisterRegels.weigeringRegistreren(kop.vervaltReden(), venster).orElse(null),
				eigenLaatste.orElse(null), isManagerVanTeam(gebruiker, scope, kop));
	}

	/**
	 * Registers one visit and returns it. Refused whole ({@link BezoekGeweigerd}) when
	 * the session does not take place, the register is not open, a field is wrong, the
	 * referral's entry is missing or inactive, or the resident is not one the user may
	 * link.
	 */
	public Geregistreerd registreer(WijkdossierUser gebruiker, long sessieId, BezoekInvoer invoer) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Kop kop = kop(gebruiker, sessieId, true).orElseThrow(() -> {
			this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_BEZOEK_GEREGISTREERD, invoer.inwonerId(), null);
			return new NietGevondenException("sessie");
		});
		Venster venster = SessieRegisterRegels.venster(kop.begintOp(), kop.eindigtOp(), this.clock.instant());
		SessieRegisterRegels.weigeringRegistreren(kop.vervaltReden(), venster).ifPresent((code) -> {
			throw BezoekGeweigerd.algemeen(code);
		});
		List<Fout> fouten = new ArrayList<>(SessieRegisterRegels.controleer(invoer.onderwerp(), invoer.resultaat(),
				invoer.duurMinuten(), invoer.notitie(), invoer.voorzieningId()));
		controleerVoorziening(invoer.voorzieningId(), fouten);
		Long casusId = null;
		if (invoer.inwonerId() != null) {
			if (!heeftCasusInScope(scope, invoer.inwonerId())) {
				this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_BEZOEK_GEREGISTREERD, invoer.inwonerId(), null);
				fouten.add(new Fout("inwonerId", "register.fout.inwoner"));
			}
			else {
				casusId = openCasus(scope, invoer.inwonerId()).orElse(null);
			}
		}
		if (!fouten.isEmpty()) {
			throw new BezoekGeweigerd(fouten);
		}
		int volgnummer = this.jdbc
			.sql("select coalesce(max(volgnummer), 0) + 1 from spreekuur_bezoek where sessie_id = :sessie")
			.param("sessie", sessieId)
			.query(Integer.class)
			.single();
		long id = this.jdbc
			.sql("""
					insert into spreekuur_bezoek (sessie_id, volgnummer, onderwerp, resultaat, duur_minuten, notitie,
					                              inwoner_id, casus_id, voorziening_id, geregistreerd_door, geregistreerd_op)
					values (:sessie, :volgnummer, :onderwerp, :resultaat, :duur, :notitie, :inwoner, :casus, :voorziening,
					        :door, :op)
					returning id
					""")
			.param("sessie", sessieId)
			.param("volgnummer", volgnummer)
			.param("onderwerp", invoer.onderwerp().name())
			.param("resultaat", invoer.resultaat().name())
			.param("duur", invoer.duurMinuten())
			.param("notitie", invoer.notitie())
			.param("inwoner", invoer.inwonerId())
			.param("casus", casusId)
			.param("voorziening", invoer.voorzieningId())
			.param("door", gebruiker.id())
			.param("op", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		if (invoer.inwonerId() != null) {
			if (casusId != null) {
				this.tijdlijn.schrijf(casusId, gebruiker.id(), "bezoek",
						detail(invoer.onderwerp(), invoer.resultaat()));
			}
			this.toegangsLog.ok(Gebeurtenis.SPREEKUUR_BEZOEK_GEREGISTREERD, invoer.inwonerId(), casusId);
		}
		return new Geregistreerd(id, volgnummer, kop.teamId(), invoer.onderwerp(), invoer.resultaat());
	}

	/**
	 * "Laatste regel ongedaan maken": withdraws the latest line the user registered
	 * herself in this session, while the register is open. The line stays visible, marked
	 * withdrawn, and no longer counts.
	 * @param verwacht the line the user saw as her last, or null
	 * @return the number of the withdrawn line
	 */
	public int trekLaatsteIn(WijkdossierUser gebruiker, long sessieId, Long verwacht) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Kop kop = kop(gebruiker, sessieId, true).orElseThrow(() -> {
			this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_BEZOEK_GECORRIGEERD, null, null);
			return new NietGevondenException("sessie");
		});
		Venster venster = SessieRegisterRegels.venster(kop.begintOp(), kop.eindigtOp(), this.clock.instant());
		List<Regel> eigen = regels(scope, sessieId, gebruiker.id());
		Optional<Lijn> laatste = SessieRegisterRegels.laatsteEigen(eigen.stream().map(Regel::lijn).toList(),
				gebruiker.id());
		SessieRegisterRegels.weigeringIntrekken(venster, laatste, verwacht).ifPresent((code) -> {
			throw BezoekGeweigerd.algemeen(code);
		});
		Regel regel = eigen.stream().filter((r) -> r.id() == laatste.get().id()).findFirst().orElseThrow();
		this.jdbc.sql("""
				update spreekuur_bezoek set ingetrokken_op = :op, version = version + 1
				where id = :id and ingetrokken_op is null
				""").param("op", Timestamp.from(this.clock.instant())).param("id", regel.id()).update();
		gecorrigeerd(gebruiker, regel.id(), "bezoekIngetrokken", detail(regel.onderwerp(), regel.resultaat()));
		return regel.volgnummer();
	}

	/**
	 * One line with its session, for the manager's correction form; a linked resident
	 * shown by name is logged as read.
	 */
	public Correctie leesCorrectie(WijkdossierUser gebruiker, long sessieId, long bezoekId) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Kop kop = kop(gebruiker, sessieId, false).orElseThrow(() -> {
			this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_REGISTER_BEKEKEN, null, null);
			return new NietGevondenException("sessie");
		});
		Regel regel = regels(scope, sessieId, null).stream()
			.filter((r) -> r.id() == bezoekId)
			.findFirst()
			.orElseThrow(() -> new NietGevondenException("bezoek"));
		if (regel.inwonerNaam() != null) {
			this.toegangsLog.ok(Gebeurtenis.INWONER_BEKEKEN, regel.inwonerId(), regel.casusId());
		}
		return new Correctie(kop, regel, isManagerVanTeam(gebruiker, scope, kop));
	}

	/**
	 * A manager's correction of one line, with a reason: new values, or {@code intrekken}
	 * to withdraw it. Only from the version the manager saw.
	 */
	public void corrigeer(WijkdossierUser gebruiker, long sessieId, long bezoekId, long version, boolean intrekken,
			BezoekInvoer invoer, String reden) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		Kop kop = kop(gebruiker, sessieId, false).orElseThrow(() -> {
			this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_BEZOEK_GECORRIGEERD, null, null);
			return new NietGevondenException("sessie");
		});
		Regel regel = regels(scope, sessieId, null).stream()
			.filter((r) -> r.id() == bezoekId)
			.findFirst()
			.orElseThrow(() -> new NietGevondenException("bezoek"));
		List<Fout> fouten = new ArrayList<>(SessieRegisterRegels
			.weigeringCorrectie(isManagerVanTeam(gebruiker, scope, kop), regel.isIngetrokken(), reden));
		if (fouten.stream().anyMatch((f) -> f.veld() == null)) {
			throw new BezoekGeweigerd(fouten);
		}
		if (!intrekken) {
			fouten.addAll(SessieRegisterRegels.controleer(invoer.onderwerp(), invoer.resultaat(), invoer.duurMinuten(),
					invoer.notitie(), invoer.voorzieningId()));
			controleerVoorziening(invoer.voorzieningId(), fouten);
		}
		if (!fouten.isEmpty()) {
			throw new BezoekGeweigerd(fouten);
		}
		Timestamp nu = Timestamp.from(this.clock.instant());
		int gewijzigd = intrekken ? this.jdbc.sql("""
				update spreekuur_bezoek
				set ingetrokken_op = :nu, correctie_reden = :reden, gecorrigeerd_door = :door, gecorrigeerd_op = :nu,
				    version = version + 1
				where id = :id and version = :version
				""")
			.param("nu", nu)
			.param("reden", reden.strip())
			.param("door", gebruiker.id())
			.param("id", bezoekId)
			.param("version", version)
			.update()
				: this.jdbc.sql("""
						update spreekuur_bezoek
						set onderwerp = :onderwerp, resultaat = :resultaat, duur_minuten = :duur, notitie = :notitie,
						    voorziening_id = :voorziening, correctie_reden = :reden, gecorrigeerd_door = :door,
						    gecorrigeerd_op = :nu, version = version + 1
						where id = :id and version = :version
						""")
					.param("onderwerp", invoer.onderwerp().name())
					.param("resultaat", invoer.resultaat().name())
					.param("duur", invoer.duurMinuten())
					.param("notitie", invoer.notitie())
					.param("voorziening", invoer.voorzieningId())
					.param("reden", reden.strip())
					.param("door", gebruiker.id())
					.param("nu", nu)
					.param("id", bezoekId)
					.param("version", version)
					.update();
		if (gewijzigd == 0) {
			throw new OptimisticLockingFailureException("spreekuurbezoek " + bezoekId + " is intussen gewijzigd");
		}
		if (intrekken) {
			gecorrigeerd(gebruiker, bezoekId, "bezoekIngetrokken", detail(regel.onderwerp(), regel.resultaat()));
		}
		else {
			gecorrigeerd(gebruiker, bezoekId, "bezoekGecorrigeerd", detail(invoer.onderwerp(), invoer.resultaat()));
		}
	}

	/**
	 * The sociale-kaart entries to refer to from this session, nearest first, grouped by
	 * how near they are to the session's team.
	 */
	@Transactional(readOnly = true)
	public List<VerwijsGroep> verwijsKeuzes(Kop kop) {
		List<VoorzieningInfo> lijst = this.socialeKaart.dichtbijTeam(kop.teamId(), null, MAXIMUM_VOORZIENINGEN);
		Map<Band, List<VoorzieningInfo>> perBand = new EnumMap<>(Band.class);
		for (VoorzieningInfo voorziening : lijst) {
			Band band = voorziening.teamIds().contains(kop.teamId()) ? Band.WIJK
					: voorziening.clusterIds().contains(kop.clusterId()) ? Band.CLUSTER
							: voorziening.isHeleStad() ? Band.STAD : Band.ELDERS;
			perBand.computeIfAbsent(band, (b) -> new ArrayList<>()).add(voorziening);
		}
		return perBand.entrySet().stream().map((e) -> new VerwijsGroep(e.getKey(), e.getValue())).toList();
	}

	/**
	 * Residents with a case in the user's scope, to link a visit to (the search is
	 * access-logged). Only for a session she may open.
	 */
	public List<InwonerZoeker.Gevonden> zoekInwoners(WijkdossierUser gebruiker, long sessieId, String tekst) {
		kop(gebruiker, sessieId, false).orElseThrow(() -> {
			this.toegangsLog.geweigerd(Gebeurtenis.INWONER_GEZOCHT, null, null);
			return new NietGevondenException("sessie");
		});
		return this.inwonerZoeker.zoekBinnenScope(gebruiker, tekst);
	}

	/**
	 * The name of the resident chosen in a refused form, to show the choice again; empty
	 * when she is not one the user may see. Shown is read: logged.
	 */
	public Optional<String> gekozenInwoner(WijkdossierUser gebruiker, Long inwonerId) {
		if (inwonerId == null) {
			return Optional.empty();
		}
		Scope scope = this.toegang.scopeVan(gebruiker);
		Optional<String> naam = scope.isLeeg() ? Optional.empty()
				: this.jdbc.sql("""
						select i.voornaam || ' ' || i.achternaam from inwoner i
						where i.id = :inwoner and exists (select 1 from casus c where c.inwoner_id = i.id and %s)
						""".formatted(Scope.SQL))
					.param("inwoner", inwonerId)
					.params(scope.parameters())
					.query(String.class)
					.optional();
		naam.ifPresent((n) -> this.toegangsLog.ok(Gebeurtenis.INWONER_BEKEKEN, inwonerId, null));
		return naam;
	}

	/**
	 * An intake registered from an {@code AANMELDING} visit: links the visit to the new
	 * case and its resident, in the intake's transaction. Only a visit of a session the
	 * user may open, that ended in an aanmelding and is not linked or withdrawn yet; any
	 * other visit id is left alone (and a foreign one logged as refused), the intake
	 * itself stands.
	 */
	@EventListener
	void aanmeldingGeregistreerd(AanmeldingGeregistreerd aanmelding) {
		if (aanmelding.bezoekId() == null) {
			return;
		}
		WijkdossierUser gebruiker = huidigeGebruiker();
		if (gebruiker == null || gebruiker.id() != aanmelding.doorGebruikerId()) {
			return;
		}
		SpreekuurScope scope = this.spreekuurToegang.scopeVan(gebruiker);
		Optional<BezoekKoppeling> bezoek = scope.isLeeg() ? Optional.empty()
				: this.jdbc.sql("""
						select b.id, b.onderwerp, b.resultaat, b.casus_id, b.ingetrokken_op
						from spreekuur_bezoek b
						join spreekuur_sessie s on s.id = b.sessie_id
						join spreekuur sp on sp.id = s.spreekuur_id
						where b.id = :bezoek and
						""" + SpreekuurScope.SQL + " for update of b")
					.param("bezoek", aanmelding.bezoekId())
					.param("scopeTeams", scope.teamArray())
					.param("scopeMedewerker", scope.medewerkerId())
					.query((rs, rij) -> new BezoekKoppeling(rs.getLong("id"),
							BezoekOnderwerp.valueOf(rs.getString("onderwerp")),
							BezoekResultaat.valueOf(rs.getString("resultaat")), rs.getObject("casus_id") != null,
							rs.getObject("ingetrokken_op") != null))
					.optional();
		if (bezoek.isEmpty()) {
			this.toegangsLog.geweigerd(Gebeurtenis.SPREEKUUR_BEZOEK_GECORRIGEERD, aanmelding.inwonerId(),
					aanmelding.casusId());
			return;
		}
		BezoekKoppeling gevonden = bezoek.get();
		if (gevonden.resultaat() != BezoekResultaat.AANMELDING || gevonden.gekoppeld() || gevonden.ingetrokken()) {
			log.info("Bezoek {} niet gekoppeld aan casus {}: geen open aanmelding", gevonden.id(),
					aanmelding.casusId());
			return;
		}
		this.jdbc.sql("""
				update spreekuur_bezoek set casus_id = :casus, inwoner_id = :inwoner, version = version + 1
				where id = :id
				""")
			.param("casus", aanmelding.casusId())
			.param("inwoner", aanmelding.inwonerId())
			.param("id", gevonden.id())
			.update();
		this.tijdlijn.schrijf(aanmelding.casusId(), gebruiker.id(), "bezoek",
				detail(gevonden.onderwerp(), gevonden.resultaat()));
		this.toegangsLog.ok(Gebeurtenis.SPREEKUUR_BEZOEK_GECORRIGEERD, aanmelding.inwonerId(), aanmelding.casusId());
	}

	private Optional<Kop> kop(WijkdossierUser gebruiker, long sessieId, boolean vergrendel) {
		SpreekuurScope scope = this.spreekuurToegang.scopeVan(gebruiker);
		if (scope.isLeeg()) {
			return Optional.empty();
		}
		return this.jdbc.sql(KOP + (vergrendel ? " for update of s" : ""))
			.param("sessie", sessieId)
			.param("scopeTeams", scope.teamArray())
			.param("scopeMedewerker", scope.medewerkerId())
			.query(SessieRegister::kop)
			.optional();
	}

	/** The lines of a session, newest first; only those of one person when given. */
	private List<Regel> regels(Scope scope, long sessieId, Long alleenVan) {
		return this.jdbc
			.sql(REGELS + ((alleenVan != null) ? " and b.geregistreerd_door = :door" : "")
					+ " order by b.volgnummer desc")
			.param("sessie", sessieId)
			.param("door", alleenVan)
			.params(scope.parameters())
			.query(SessieRegister::regel)
			.list();
	}

	private List<Dienst> diensten(long sessieId) {
		return this.jdbc.sql("""
				select m.voornaam || ' ' || m.achternaam as naam, t.naam as team, d.vrijwilliger_naam,
				       d.vrijwilliger_organisatie
				from spreekuur_dienst d
				left join medewerker m on m.id = d.medewerker_id
				left join wijkteam t on t.id = m.team_id
				where d.sessie_id = :sessie
				order by d.medewerker_id is null, coalesce(m.achternaam, d.vrijwilliger_naam), d.id
				""")
			.param("sessie", sessieId)
			.query((rs, rij) -> (rs.getString("naam") != null)
					? new Dienst(rs.getString("naam"), rs.getString("team"), false)
					: new Dienst(rs.getString("vrijwilliger_naam"), rs.getString("vrijwilliger_organisatie"), true))
			.list();
	}

	private boolean heeftCasusInScope(Scope scope, long inwonerId) {
		return !scope.isLeeg() && this.jdbc
			.sql("select exists (select 1 from casus c where c.inwoner_id = :inwoner and " + Scope.SQL + ")")
			.param("inwoner", inwonerId)
			.params(scope.parameters())
			.query(Boolean.class)
			.single();
	}

	/** Her open case in the user's scope; with several, the most recently reported. */
	private Optional<Long> openCasus(Scope scope, long inwonerId) {
		return this.jdbc.sql("""
				select c.id from casus c
				where c.inwoner_id = :inwoner and c.status <> 'AFGESLOTEN' and %s
				order by c.gemeld_op desc, c.id desc
				limit 1
				""".formatted(Scope.SQL))
			.param("inwoner", inwonerId)
			.params(scope.parameters())
			.query(Long.class)
			.optional();
	}

	private void controleerVoorziening(Long voorzieningId, List<Fout> fouten) {
		if (voorzieningId == null) {
			return;
		}
		boolean actief = this.socialeKaart.voorziening(voorzieningId).map(VoorzieningInfo::actief).orElse(false);
		if (!actief) {
			fouten.add(new Fout("voorzieningId", "register.fout.voorzieningInactief"));
		}
	}

	/**
	 * A changed line that is linked to a resident: access-logged, and on the timeline of
	 * its case when the user may see that case.
	 */
	private void gecorrigeerd(WijkdossierUser gebruiker, long bezoekId, String soort, String detail) {
		Scope scope = this.toegang.scopeVan(gebruiker);
		this.jdbc.sql("""
				select b.inwoner_id,
				       case when exists (select 1 from casus c where c.id = b.casus_id and %s) then b.casus_id end
				         as casus_id
				from spreekuur_bezoek b where b.id = :id and b.inwoner_id is not null
				""".formatted(Scope.SQL))
			.param("id", bezoekId)
			.params(scope.parameters())
			.query((rs, rij) -> new Long[] { rs.getLong("inwoner_id"), (Long) rs.getObject("casus_id") })
			.optional()
			.ifPresent((ids) -> {
				if (ids[1] != null) {
					this.tijdlijn.schrijf(ids[1], gebruiker.id(), soort, detail);
				}
				this.toegangsLog.ok(Gebeurtenis.SPREEKUUR_BEZOEK_GECORRIGEERD, ids[0], ids[1]);
			});
	}

	/** "wonen: doorverwezen", in Dutch: the timeline keeps it as text. */
	String detail(BezoekOnderwerp onderwerp, BezoekResultaat resultaat) {
		return this.messages.getMessage(onderwerp.messageKey(), null, NEDERLANDS) + ": "
				+ this.messages.getMessage(resultaat.messageKey(), null, NEDERLANDS);
	}

	private static boolean isManagerVanTeam(WijkdossierUser gebruiker, Scope scope, Kop kop) {
		return gebruiker.heeftRol(Rol.WIJKTEAMMANAGER) && scope.teamIds().contains(kop.teamId());
	}

	private static WijkdossierUser huidigeGebruiker() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof WijkdossierUser gebruiker)
				? gebruiker : null;
	}

	private static Kop kop(ResultSet rs, int rij) throws SQLException {
		return new Kop(rs.getLong("id"), rs.getLong("spreekuur_id"), rs.getLong("team_id"), rs.getString("team_naam"),
				rs.getLong("cluster_id"), rs.getString("soort"), rs.getString("locatie_naam"),
				rs.getString("locatie_adres"), rs.getObject("datum", LocalDate.class),
				rs.getObject("begintijd", LocalTime.class), rs.getObject("eindtijd", LocalTime.class),
				rs.getTimestamp("begint_op").toInstant(), rs.getTimestamp("eindigt_op").toInstant(),
				rs.getString("vervalt_reden"), rs.getBoolean("extra"));
	}

	private static Regel regel(ResultSet rs, int rij) throws SQLException {
		Timestamp ingetrokken = rs.getTimestamp("ingetrokken_op");
		Timestamp gecorrigeerd = rs.getTimestamp("gecorrigeerd_op");
		return new Regel(rs.getLong("id"), rs.getInt("volgnummer"), BezoekOnderwerp.valueOf(rs.getString("onderwerp")),
				BezoekResultaat.valueOf(rs.getString("resultaat")), rs.getInt("duur_minuten"), rs.getString("notitie"),
				(Long) rs.getObject("inwoner_id"), rs.getString("inwoner_naam"), (Long) rs.getObject("casus_id"),
				(Long) rs.getObject("voorziening_id"), rs.getString("voorziening_naam"),
				rs.getLong("geregistreerd_door"), rs.getString("door_naam"),
				rs.getTimestamp("geregistreerd_op").toInstant(), (ingetrokken != null) ? ingetrokken.toInstant() : null,
				rs.getString("correctie_reden"), (gecorrigeerd != null) ? gecorrigeerd.toInstant() : null,
				rs.getLong("version"));
	}

	/** The head of a session: team, kind, place and time. */
	record Kop(long id, long spreekuurId, long teamId, String teamNaam, long clusterId, String soort,
			String locatieNaam, String locatieAdres, LocalDate datum, LocalTime begintijd, LocalTime eindtijd,
			Instant begintOp, Instant eindigtOp, String vervaltReden, boolean extra) {

		/** The day as people write it, "23-11-2026". */
		public String datumTekst() {
			return Datums.dag(this.datum);
		}

		public String soortSleutel() {
			return "register.soort." + this.soort;
		}

		public Instant openVanaf() {
			return SessieRegisterRegels.openVanaf(this.begintOp);
		}

		public Instant openTot() {
			return SessieRegisterRegels.openTot(this.eindigtOp);
		}

	}

	/**
	 * Who is on duty: a medewerker (with her team) or a volunteer (with her
	 * organisation).
	 */
	record Dienst(String naam, String bij, boolean vrijwilliger) {
	}

	/** One line of the register. {@code inwonerNaam} only when the user may see her. */
	record Regel(long id, int volgnummer, BezoekOnderwerp onderwerp, BezoekResultaat resultaat, int duurMinuten,
			String notitie, Long inwonerId, String inwonerNaam, Long casusId, Long voorzieningId,
			String voorzieningNaam, long geregistreerdDoor, String doorNaam, Instant geregistreerdOp,
			Instant ingetrokkenOp, String correctieReden, Instant gecorrigeerdOp, long version) {

		public boolean isIngetrokken() {
			return this.ingetrokkenOp != null;
		}

		public boolean isGekoppeld() {
			return this.inwonerId != null;
		}

		/** The time of registering, "10:05". */
		public String tijd() {
			return UUR.format(this.geregistreerdOp);
		}

		Lijn lijn() {
			return new Lijn(this.id, this.volgnummer, this.geregistreerdDoor, isIngetrokken());
		}

	}

	/** The running totals: lines that stand (withdrawn ones do not count). */
	record Totalen(int aantal, Map<BezoekResultaat, Integer> perResultaat, int minuten) {

		static Totalen van(List<Regel> regels) {
			Map<BezoekResultaat, Integer> perResultaat = new EnumMap<>(BezoekResultaat.class);
			for (BezoekResultaat resultaat : BezoekResultaat.values()) {
				perResultaat.put(resultaat, 0);
			}
			int aantal = 0;
			int minuten = 0;
			for (Regel regel : regels) {
				if (!regel.isIngetrokken()) {
					aantal++;
					minuten += regel.duurMinuten();
					perResultaat.merge(regel.resultaat(), 1, Integer::sum);
				}
			}
			return new Totalen(aantal, perResultaat, minuten);
		}

		/** The count of one result, by its name (for templates). */
		public int vanResultaat(String resultaat) {
			return this.perResultaat.get(BezoekResultaat.valueOf(resultaat));
		}

	}

	/** The day view: head, duty, lines and totals, and what the user may do now. */
	record Register(Kop kop, List<Dienst> diensten, List<Regel> regels, Totalen totalen, Venster venster,
			String gesloten, Regel eigenLaatste, boolean managerVanTeam) {

		/** The entry form is shown: the session takes place and the register is open. */
		public boolean isOpen() {
			return this.gesloten == null;
		}

		public boolean isVervallen() {
			return this.kop.vervaltReden() != null;
		}

		public String vensterSleutel() {
			return "register.venster." + this.venster.name();
		}

		/** When the register opens, "08:30". */
		public String openVanafTijd() {
			return UUR.format(this.kop.openVanaf());
		}

		/** Until when it stays open for the staff, "12:00". */
		public String openTotTijd() {
			return UUR.format(this.kop.openTot());
		}

	}

	/** A registered line, for the answer to the form. */
	record Geregistreerd(long id, int volgnummer, long teamId, BezoekOnderwerp onderwerp, BezoekResultaat resultaat) {
	}

	/** The correction form's data. */
	record Correctie(Kop kop, Regel regel, boolean managerVanTeam) {
	}

	/** How near a sociale-kaart entry is to the session's team. */
	enum Band {

		WIJK, CLUSTER, STAD, ELDERS;

		public String messageKey() {
			return "register.band." + name();
		}

	}

	/** The entries of one band. */
	record VerwijsGroep(Band band, List<VoorzieningInfo> voorzieningen) {
	}

	private record BezoekKoppeling(long id, BezoekOnderwerp onderwerp, BezoekResultaat resultaat, boolean gekoppeld,
			boolean ingetrokken) {
	}

}
