package nl.wijkdossier.casus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.inwoner.InwonerGegevens;
import nl.wijkdossier.inwoner.InwonerInfo;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;
import nl.wijkdossier.shared.web.Datums;

/**
 * The use cases of a case: intake, the wachtlijst, regie, closure and the Wmo clock.
 * Every change loads the case within the user's {@link Scope} (outside it: a DENIED
 * access-log row and "not found"), checks the version the user saw, lets the aggregate
 * guard its rule, and writes a timeline line and an access-log row in the same
 * transaction.
 */
@Service
@Transactional
public class Casussen {

	/** The longest reason for a transfer of regie or a move to another team. */
	public static final int MAXIMALE_REDEN = 300;

	private final CasusRepository casussen;

	private final Inwoners inwoners;

	private final Organisatie organisatie;

	private final Toegang toegang;

	private final Tijdlijn tijdlijn;

	private final ToegangsLog toegangsLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final InzageLog inzageLog;

	Casussen(CasusRepository casussen, Inwoners inwoners, Organisatie organisatie, Toegang toegang, Tijdlijn tijdlijn,
			ToegangsLog toegangsLog, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
			InzageLog inzageLog) {
		this.casussen = casussen;
		this.inwoners = inwoners;
		this.organisatie = organisatie;
		this.toegang = toegang;
		this.tijdlijn = tijdlijn;
		this.toegangsLog = toegangsLog;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
		this.inzageLog = inzageLog;
	}

	/**
	 * Residents who may be the person of an intake. Showing them is a read of their data,
	 * so each one shown is access-logged.
	 */
	public List<InwonerInfo> mogelijkeDubbelen(String bsn, String voornaam, String achternaam, LocalDate geboortedatum,
			String postcode, Integer huisnummer) {
		List<InwonerInfo> kandidaten = this.inwoners.mogelijkeDubbelen(bsn, voornaam, achternaam, geboortedatum,
				postcode, huisnummer);
		for (InwonerInfo kandidaat : kandidaten) {
			this.toegangsLog.ok(Gebeurtenis.INWONER_BEKEKEN, kandidaat.id(), null);
		}
		return kandidaten;
	}

	/**
	 * The intake: registers the resident (or links an existing one), creates the case for
	 * the chosen team and records both on the timeline and in the access log.
	 * @return the new case's id
	 */
	public long meld(WijkdossierUser gebruiker, Aanmelding aanmelding) {
		return meld(gebruiker, aanmelding, null);
	}

	/**
	 * The intake that started from a visit to a spreekuur: as
	 * {@link #meld(WijkdossierUser, Aanmelding)}, and the {@link AanmeldingGeregistreerd}
	 * event carries the visit, so the spreekuur module links it to the new case in this
	 * transaction.
	 * @param bezoekId the visit, or null
	 * @return the new case's id
	 */
	public long meld(WijkdossierUser gebruiker, Aanmelding aanmelding, Long bezoekId) {
		vereisWerkerOfManager(gebruiker);
		TeamInfo team = this.organisatie.team(aanmelding.teamId())
			.filter(TeamInfo::actief)
			.orElseThrow(() -> new OngeldigeOvergang("casus.regel.teamOngeldig"));
		long inwonerId;
		if (aanmelding.inwonerId() != null) {
			inwonerId = this.inwoners.vind(aanmelding.inwonerId())
				.map(InwonerInfo::id)
				.orElseThrow(() -> new NietGevondenException("inwoner"));
		}
		else {
			inwonerId = this.inwoners.registreer(aanmelding.inwoner());
		}
		Casus casus = Casus.meld(inwonerId, team.id(), aanmelding.urgentie(), aanmelding.kanaal(),
				leegIsNull(aanmelding.aanmelder()), aanmelding.hulpvraag(), aanmelding.domeinen(),
				aanmelding.wmoMelding(), LocalDate.now(this.clock), this.clock.instant());
		long id = this.casussen.saveAndFlush(casus).getId();
		this.tijdlijn.schrijf(id, gebruiker.id(), "aanmelding", team.naam());
		if (leegIsNull(aanmelding.teamReden()) != null) {
			this.tijdlijn.schrijf(id, gebruiker.id(), "teamGekozen", aanmelding.teamReden().trim());
		}
		this.toegangsLog.ok(Gebeurtenis.AANMELDING_GEREGISTREERD, inwonerId, id);
		this.events.publishEvent(
				new AanmeldingGeregistreerd(id, inwonerId, team.id(), aanmelding.kanaal(), bezoekId, gebruiker.id()));
		return id;
	}

	/**
	 * The team has no capacity now. A SPOED case waits only by a manager's decision, with
	 * a reason.
	 */
	public void plaatsOpWachtlijst(WijkdossierUser gebruiker, long casusId, long version, String spoedReden) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			if (casus.getUrgentie() == Urgentie.SPOED && !gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
				throw new OngeldigeOvergang("casus.regel.spoedAlleenManager");
			}
			casus.plaatsOpWachtlijst(spoedReden);
			regel(casus, gebruiker, "wachtlijst", casus.getSpoedUitgesteldReden());
		});
	}

	/** The current wijkwerker takes regie of a case of her own team. */
	public void pakOp(WijkdossierUser gebruiker, long casusId, long version) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			MedewerkerInfo ik = this.organisatie.medewerkerVan(gebruiker)
				.filter(MedewerkerInfo::actief)
				.orElseThrow(() -> new OngeldigeOvergang("casus.regel.geenMedewerker"));
			if (!gebruiker.heeftRol(Rol.WIJKWERKER) || !Objects.equals(ik.teamId(), casus.getTeamId())) {
				throw new OngeldigeOvergang("casus.regel.alleenEigenTeamOppakken");
			}
			if (casus.getStatus() == Status.IN_BEHANDELING && Objects.equals(ik.id(), casus.getRegievoerderId())) {
				throw new OngeldigeOvergang("casus.regel.alRegievoerder");
			}
			casus.wijsToe(ik.id());
			regel(casus, gebruiker, "opgepakt", ik.naam());
		});
	}

	/**
	 * Assigns a case to a medewerker of its team. Only a manager assigns to someone else;
	 * a wijkwerker may only assign to herself.
	 */
	public void wijsToe(WijkdossierUser gebruiker, long casusId, long version, long medewerkerId) {
		wijzig(gebruiker, casusId, version, (casus) -> wijsToe(gebruiker, casus, medewerkerId));
	}

	/**
	 * Assigns several cases at once (the wachtlijst's bulk action): all or nothing, each
	 * case within the user's scope and the medewerker a member of each case's team.
	 * @return how many cases were assigned
	 */
	public int wijsToe(WijkdossierUser gebruiker, List<Long> casusIds, long medewerkerId) {
		List<Geladen> geladen = new ArrayList<>();
		for (Long casusId : casusIds.stream().distinct().toList()) {
			geladen.add(laad(gebruiker, casusId));
		}
		for (Geladen casus : geladen) {
			wijsToe(gebruiker, casus.casus(), medewerkerId);
			log(Gebeurtenis.CASUS_GEWIJZIGD, casus);
		}
		this.casussen.flush();
		return geladen.size();
	}

	public void sluitAf(WijkdossierUser gebruiker, long casusId, long version, AfsluitReden reden) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.sluitAf(reden, LocalDate.now(this.clock));
			regel(casus, gebruiker, "afgesloten", reden.name());
		});
	}

	public void heropen(WijkdossierUser gebruiker, long casusId, long version) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.heropen();
			regel(casus, gebruiker, "heropend", null);
		});
	}

	public void bevestigOntvangst(WijkdossierUser gebruiker, long casusId, long version, LocalDate op) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.bevestigOntvangst(vandaagAls(op));
			regel(casus, gebruiker, "ontvangstBevestigd", Datums.dag(vandaagAls(op)));
		});
	}

	public void registreerClientondersteuning(WijkdossierUser gebruiker, long casusId, long version,
			boolean aangeboden) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.registreerClientondersteuning(aangeboden);
			regel(casus, gebruiker, aangeboden ? "clientondersteuningAangeboden" : "clientondersteuningNietAangeboden",
					null);
		});
	}

	public void schortOp(WijkdossierUser gebruiker, long casusId, long version, LocalDate van, LocalDate tot,
			String reden) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.schortOp(vandaagAls(van), tot, reden);
			regel(casus, gebruiker, "opgeschort", reden);
		});
	}

	public void hervatKlok(WijkdossierUser gebruiker, long casusId, long version, LocalDate op) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.hervatKlok(vandaagAls(op));
			regel(casus, gebruiker, "hervat", Datums.dag(vandaagAls(op)));
		});
	}

	public void rondOnderzoekAf(WijkdossierUser gebruiker, long casusId, long version, LocalDate op) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.rondOnderzoekAf(vandaagAls(op));
			regel(casus, gebruiker, "onderzoekAfgerond", Datums.dag(vandaagAls(op)));
		});
	}

	public void registreerAanvraag(WijkdossierUser gebruiker, long casusId, long version, LocalDate op) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.registreerAanvraag(vandaagAls(op));
			regel(casus, gebruiker, "aanvraag", Datums.dag(vandaagAls(op)));
		});
	}

	public void registreerBeschikking(WijkdossierUser gebruiker, long casusId, long version, LocalDate op) {
		wijzig(gebruiker, casusId, version, (casus) -> {
			casus.registreerBeschikking(vandaagAls(op));
			regel(casus, gebruiker, "beschikking", Datums.dag(vandaagAls(op)));
		});
	}

	/**
	 * A conversation on the case was finalised (called in that transaction, after the
	 * conversation itself was checked within scope). The first conversation is the first
	 * contact: it clears "nog geen contact" on the wachtlijst; a waiting case without
	 * regievoerder goes IN_BEHANDELING with the author (a medewerker of its team) as
	 * regievoerder; a Wmo melding records its onderzoeksgesprek. Each effect writes its
	 * own timeline line. No version check: the conversation does not edit what the user
	 * saw of the case.
	 */
	public void registreerGesprek(WijkdossierUser gebruiker, long casusId, LocalDate op) {
		Geladen geladen = laad(gebruiker, casusId);
		Casus casus = geladen.casus();
		LocalDate datum = vandaagAls(op);
		boolean eersteContact = casus.getEersteContactOp() == null;
		boolean eersteOnderzoeksgesprek = casus.isWmoMelding() && casus.getOnderzoeksgesprekOp() == null;
		LocalDate contactVoor = casus.getEersteContactOp();
		LocalDate onderzoeksgesprekVoor = casus.getOnderzoeksgesprekOp();
		MedewerkerInfo auteur = this.organisatie.medewerkerVan(gebruiker)
			.filter(MedewerkerInfo::actief)
			.filter((m) -> Objects.equals(m.teamId(), casus.getTeamId()))
			.orElse(null);
		boolean regie = casus.registreerGesprek(datum, (auteur != null) ? auteur.id() : null);
		if (eersteContact) {
			regel(casus, gebruiker, "contact", Datums.dag(datum));
		}
		if (regie) {
			regel(casus, gebruiker, "opgepakt", auteur.naam());
		}
		if (eersteOnderzoeksgesprek) {
			regel(casus, gebruiker, "onderzoeksgesprek", Datums.dag(datum));
		}
		boolean gewijzigd = regie || !Objects.equals(contactVoor, casus.getEersteContactOp())
				|| !Objects.equals(onderzoeksgesprekVoor, casus.getOnderzoeksgesprekOp());
		if (gewijzigd) {
			this.casussen.flush();
			log(Gebeurtenis.CASUS_GEWIJZIGD, geladen);
		}
	}

	/**
	 * The resident of a case, to be changed: loaded through the case within the user's
	 * scope and logged as {@code INWONER_BEKEKEN}.
	 */
	public InwonerInfo inwonerVan(WijkdossierUser gebruiker, long casusId) {
		Geladen geladen = laad(gebruiker, casusId, Gebeurtenis.INWONER_BEKEKEN);
		InwonerInfo inwoner = this.inwoners.vind(geladen.casus().getInwonerId())
			.orElseThrow(() -> new NietGevondenException("inwoner"));
		log(Gebeurtenis.INWONER_BEKEKEN, geladen);
		return inwoner;
	}

	/**
	 * Changes the resident of a case: within scope, only from the version the user saw,
	 * with a timeline line naming the changed fields (not their values) and an access-log
	 * row. A BSN already recorded is kept; one may only be added. Nothing changed,
	 * nothing written.
	 * @return the names of the changed fields
	 */
	public List<String> wijzigInwoner(WijkdossierUser gebruiker, long casusId, long version, InwonerGegevens gegevens) {
		Geladen geladen = laad(gebruiker, casusId, Gebeurtenis.INWONER_GEWIJZIGD);
		Casus casus = geladen.casus();
		InwonerInfo huidig = this.inwoners.vind(casus.getInwonerId())
			.orElseThrow(() -> new NietGevondenException("inwoner"));
		if (huidig.version() != version) {
			throw new InwonerIntussenGewijzigd(casusId);
		}
		InwonerGegevens nieuw = (huidig.bsn() != null) ? gegevens.metBsn(huidig.bsnWaarde()) : gegevens;
		if (huidig.bsn() == null && nieuw.bsn() != null && this.inwoners.isBsnVanAnder(huidig.id(), nieuw.bsn())) {
			throw new BsnVanAndereInwoner();
		}
		List<String> velden = huidig.gewijzigdeVelden(nieuw);
		if (velden.isEmpty()) {
			return velden;
		}
		try {
			this.inwoners.wijzig(huidig.id(), version, nieuw);
		}
		catch (DataIntegrityViolationException ex) {
			if (String.valueOf(ex.getMessage()).contains("ux_inwoner_bsn")) {
				throw new BsnVanAndereInwoner();
			}
			throw ex;
		}
		this.tijdlijn.schrijf(casusId, gebruiker.id(), "inwonerGewijzigd", String.join(", ", velden));
		log(Gebeurtenis.INWONER_GEWIJZIGD, geladen);
		return velden;
	}

	/**
	 * A manager hands the regie of one case of his teams permanently to another active
	 * medewerker of the case's team, with a reason: only from the version he saw, with
	 * the line "Regie overgedragen van X naar Y: reden" on the timeline and a
	 * {@code REGIE_OVERGEDRAGEN} access-log row. A case of a team he does not manage is
	 * not found (a DENIED row).
	 */
	public void draagRegieOver(WijkdossierUser gebruiker, long casusId, long version, long naarMedewerkerId,
			String reden) {
		vereisManager(gebruiker);
		String tekst = vereisReden(reden);
		Geladen geladen = laadVanEigenTeam(gebruiker, casusId, Gebeurtenis.REGIE_OVERGEDRAGEN);
		Casus casus = geladen.casus();
		if (casus.getVersion() != version) {
			throw new CasusIntussenGewijzigd(casusId);
		}
		MedewerkerInfo naar = this.organisatie.medewerkersVanTeam(casus.getTeamId())
			.stream()
			.filter((m) -> m.id() == naarMedewerkerId && m.actief())
			.findFirst()
			.orElseThrow(() -> new OngeldigeOvergang("casus.regel.medewerkerNietVanTeam"));
		draagOver(gebruiker, casus, naar, tekst);
		this.casussen.flush();
		log(Gebeurtenis.REGIE_OVERGEDRAGEN, geladen);
	}

	/**
	 * A manager hands the regie of several cases of one medewerker (she leaves, or her
	 * caseload is too high) to a colleague, with one reason: all or nothing. Every case
	 * must lie in his teams (else not found), still be open with {@code van} as its
	 * regievoerder, and {@code naar} must be an active medewerker of that case's team;
	 * when any case fails, none is changed and {@link BulkGeweigerd} names each failing
	 * case with its reason. Each case gets its timeline line and access-log row.
	 * @return how many cases were transferred
	 */
	public int draagRegieOver(WijkdossierUser gebruiker, List<Long> casusIds, long vanMedewerkerId,
			long naarMedewerkerId, String reden) {
		vereisManager(gebruiker);
		String tekst = vereisReden(reden);
		MedewerkerInfo naar = this.organisatie.medewerker(naarMedewerkerId)
			.filter(MedewerkerInfo::actief)
			.orElseThrow(() -> new OngeldigeOvergang("casus.regel.medewerkerNietVanTeam"));
		List<Geladen> geladen = laadVanEigenTeams(gebruiker, casusIds, Gebeurtenis.REGIE_OVERGEDRAGEN);
		List<Weigering> weigeringen = new ArrayList<>();
		for (Geladen g : geladen) {
			Casus casus = g.casus();
			if (casus.getStatus() == Status.AFGESLOTEN) {
				weigeringen.add(new Weigering(casus.getId(), "casus.regel.afgeslotenEerstHeropenen"));
			}
			else if (!Objects.equals(casus.getRegievoerderId(), vanMedewerkerId)) {
				weigeringen.add(new Weigering(casus.getId(), "regie.regel.andereRegievoerder"));
			}
			else if (!Objects.equals(naar.teamId(), casus.getTeamId())) {
				weigeringen.add(new Weigering(casus.getId(), "regie.regel.nietVanTeam"));
			}
			else if (naarMedewerkerId == vanMedewerkerId) {
				weigeringen.add(new Weigering(casus.getId(), "regie.regel.alRegievoerder"));
			}
		}
		if (!weigeringen.isEmpty()) {
			throw new BulkGeweigerd(weigeringen);
		}
		for (Geladen g : geladen) {
			draagOver(gebruiker, g.casus(), naar, tekst);
		}
		this.casussen.flush();
		for (Geladen g : geladen) {
			log(Gebeurtenis.REGIE_OVERGEDRAGEN, g);
		}
		return geladen.size();
	}

	/**
	 * A manager moves a case of one of his teams to another active team of the same
	 * cluster (balancing the load), with a reason, from the version he saw. Access
	 * follows the team: the new team sees the case, the old one no longer. A regievoerder
	 * who is no member of the new team loses the regie (the case waits for the new team,
	 * keeping its melding date and so its place; see
	 * {@link Casus#verplaatsNaarTeam(long, boolean)}). Timeline "Verplaatst van team X
	 * naar team Y: reden" (and "regie vervallen" when it ended) and a
	 * {@code TEAM_GEWIJZIGD} access-log row.
	 */
	public void verplaatsNaarTeam(WijkdossierUser gebruiker, long casusId, long version, long teamId, String reden) {
		vereisManager(gebruiker);
		String tekst = vereisReden(reden);
		Geladen geladen = laadVanEigenTeam(gebruiker, casusId, Gebeurtenis.TEAM_GEWIJZIGD);
		Casus casus = geladen.casus();
		if (casus.getVersion() != version) {
			throw new CasusIntussenGewijzigd(casusId);
		}
		TeamInfo naar = this.organisatie.team(teamId)
			.orElseThrow(() -> new OngeldigeOvergang("clusterwachtlijst.regel.teamInactief"));
		TeamInfo van = this.organisatie.team(casus.getTeamId()).orElseThrow();
		String weigering = verplaatsWeigering(casus, van, naar);
		if (weigering != null) {
			throw new OngeldigeOvergang(weigering);
		}
		verplaats(gebruiker, casus, van, naar, tekst);
		this.casussen.flush();
		log(Gebeurtenis.TEAM_GEWIJZIGD, geladen);
	}

	/**
	 * Moves several cases of the manager's teams to one other team of their cluster: all
	 * or nothing, each as
	 * {@link #verplaatsNaarTeam(WijkdossierUser, long, long, long, String)} without the
	 * version check (the list shows no versions); when any case fails, none is moved and
	 * {@link BulkGeweigerd} names each failing case with its reason.
	 * @return how many cases were moved
	 */
	public int verplaatsNaarTeam(WijkdossierUser gebruiker, List<Long> casusIds, long teamId, String reden) {
		vereisManager(gebruiker);
		String tekst = vereisReden(reden);
		TeamInfo naar = this.organisatie.team(teamId)
			.orElseThrow(() -> new OngeldigeOvergang("clusterwachtlijst.regel.teamInactief"));
		List<Geladen> geladen = laadVanEigenTeams(gebruiker, casusIds, Gebeurtenis.TEAM_GEWIJZIGD);
		Map<Long, TeamInfo> teams = new HashMap<>();
		List<Weigering> weigeringen = new ArrayList<>();
		for (Geladen g : geladen) {
			TeamInfo van = teams.computeIfAbsent(g.casus().getTeamId(),
					(id) -> this.organisatie.team(id).orElseThrow());
			String weigering = verplaatsWeigering(g.casus(), van, naar);
			if (weigering != null) {
				weigeringen.add(new Weigering(g.casus().getId(), weigering));
			}
		}
		if (!weigeringen.isEmpty()) {
			throw new BulkGeweigerd(weigeringen);
		}
		for (Geladen g : geladen) {
			verplaats(gebruiker, g.casus(), teams.get(g.casus().getTeamId()), naar, tekst);
		}
		this.casussen.flush();
		for (Geladen g : geladen) {
			log(Gebeurtenis.TEAM_GEWIJZIGD, g);
		}
		return geladen.size();
	}

	/** Why this case cannot move to that team (a message key), or null. */
	private static String verplaatsWeigering(Casus casus, TeamInfo van, TeamInfo naar) {
		if (casus.getStatus() == Status.AFGESLOTEN) {
			return "casus.regel.afgeslotenEerstHeropenen";
		}
		if (naar.id() == van.id()) {
			return "clusterwachtlijst.regel.zelfdeTeam";
		}
		if (naar.clusterId() != van.clusterId()) {
			return "clusterwachtlijst.regel.anderCluster";
		}
		if (!naar.actief()) {
			return "clusterwachtlijst.regel.teamInactief";
		}
		return null;
	}

	private void verplaats(WijkdossierUser gebruiker, Casus casus, TeamInfo van, TeamInfo naar, String reden) {
		Long regievoerder = casus.getRegievoerderId();
		boolean lid = regievoerder == null || this.organisatie.medewerkersVanTeam(naar.id())
			.stream()
			.anyMatch((m) -> m.id() == regievoerder && m.actief());
		String regievoerderNaam = (regievoerder != null) ? naam(regievoerder) : null;
		boolean vervallen = casus.verplaatsNaarTeam(naar.id(), lid);
		this.tijdlijn.schrijf(casus.getId(), gebruiker.id(), "teamGewijzigd",
				Dossier.TijdlijnRegel.detailMetArgumenten(van.naam(), naar.naam(), reden));
		if (vervallen) {
			this.tijdlijn.schrijf(casus.getId(), gebruiker.id(), "regieVervallen",
					Dossier.TijdlijnRegel.detailMetArgumenten(regievoerderNaam, naar.naam()));
		}
	}

	private void draagOver(WijkdossierUser gebruiker, Casus casus, MedewerkerInfo naar, String reden) {
		String van = (casus.getRegievoerderId() != null) ? naam(casus.getRegievoerderId()) : null;
		casus.draagRegieOver(naar.id());
		this.tijdlijn.schrijf(casus.getId(), gebruiker.id(), "regieOvergedragen",
				Dossier.TijdlijnRegel.detailMetArgumenten(van, naar.naam(), reden));
	}

	private String naam(long medewerkerId) {
		return this.organisatie.medewerker(medewerkerId).map(MedewerkerInfo::naam).orElse("");
	}

	/**
	 * As {@link #laad(WijkdossierUser, long, Gebeurtenis)}, and the case must lie in a
	 * team the manager steers: one he sees only as its regievoerder is not found either.
	 */
	private Geladen laadVanEigenTeam(WijkdossierUser gebruiker, long casusId, Gebeurtenis bijWeigering) {
		return laadVanEigenTeams(gebruiker, List.of(casusId), bijWeigering).get(0);
	}

	private List<Geladen> laadVanEigenTeams(WijkdossierUser gebruiker, List<Long> casusIds, Gebeurtenis bijWeigering) {
		Set<Long> eigenTeams = new HashSet<>();
		this.organisatie.teamsVan(gebruiker).forEach((t) -> eigenTeams.add(t.id()));
		List<Geladen> geladen = new ArrayList<>();
		for (Long casusId : casusIds.stream().distinct().toList()) {
			Geladen g = laad(gebruiker, casusId, bijWeigering);
			if (!eigenTeams.contains(g.casus().getTeamId())) {
				this.toegangsLog.geweigerd(bijWeigering, null, casusId);
				throw new NietGevondenException("casus");
			}
			geladen.add(g);
		}
		return geladen;
	}

	/**
	 * The reason a manager gives for a transfer or a move: required, at most 300
	 * characters.
	 */
	private static String vereisReden(String reden) {
		String tekst = leegIsNull(reden);
		if (tekst == null) {
			throw new OngeldigeOvergang("casus.regel.redenVerplicht");
		}
		if (tekst.length() > MAXIMALE_REDEN) {
			throw new OngeldigeOvergang("regie.regel.redenTeLang");
		}
		return tekst;
	}

	private static void vereisManager(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			throw new org.springframework.security.access.AccessDeniedException("Alleen de wijkteammanager");
		}
	}

	private void wijsToe(WijkdossierUser gebruiker, Casus casus, long medewerkerId) {
		MedewerkerInfo medewerker = this.organisatie.medewerkersVanTeam(casus.getTeamId())
			.stream()
			.filter((m) -> m.id() == medewerkerId && m.actief())
			.findFirst()
			.orElseThrow(() -> new OngeldigeOvergang("casus.regel.medewerkerNietVanTeam"));
		if (!gebruiker.heeftRol(Rol.WIJKTEAMMANAGER) && medewerker.gebruikerId() != gebruiker.id()) {
			throw new OngeldigeOvergang("casus.regel.alleenManagerWijstToe");
		}
		casus.wijsToe(medewerker.id());
		regel(casus, gebruiker, "toegewezen", medewerker.naam());
	}

	/** Loads within scope, checks the version, applies the change and logs it. */
	private void wijzig(WijkdossierUser gebruiker, long casusId, long version, Consumer<Casus> wijziging) {
		Geladen geladen = laad(gebruiker, casusId);
		Casus casus = geladen.casus();
		if (casus.getVersion() != version) {
			throw new CasusIntussenGewijzigd(casusId);
		}
		wijziging.accept(casus);
		this.casussen.flush();
		log(Gebeurtenis.CASUS_GEWIJZIGD, geladen);
	}

	/**
	 * The case, if it lies within the user's scope; the scope is part of the query. Out
	 * of scope (or not there at all) looks the same: a DENIED row and "not found".
	 */
	private Geladen laad(WijkdossierUser gebruiker, long casusId) {
		return laad(gebruiker, casusId, Gebeurtenis.CASUS_GEWIJZIGD);
	}

	/** As {@link #laad(WijkdossierUser, long)}, a denial logged as this event. */
	private Geladen laad(WijkdossierUser gebruiker, long casusId, Gebeurtenis bijWeigering) {
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
	private void log(Gebeurtenis gebeurtenis, Geladen geladen) {
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
	private record Geladen(Casus casus, Long namensGebruikerId) {
	}

	private void regel(Casus casus, WijkdossierUser gebruiker, String soort, String detail) {
		this.tijdlijn.schrijf(casus.getId(), gebruiker.id(), soort, detail);
	}

	/**
	 * A date the user gave for something that happened: today when empty, never in the
	 * future.
	 */
	private LocalDate vandaagAls(LocalDate op) {
		LocalDate vandaag = LocalDate.now(this.clock);
		if (op != null && op.isAfter(vandaag)) {
			throw new OngeldigeOvergang("casus.regel.datumInToekomst");
		}
		return (op != null) ? op : vandaag;
	}

	private static void vereisWerkerOfManager(WijkdossierUser gebruiker) {
		if (!gebruiker.heeftRol(Rol.WIJKWERKER) && !gebruiker.heeftRol(Rol.WIJKTEAMMANAGER)) {
			throw new org.springframework.security.access.AccessDeniedException("Geen casusrol");
		}
	}

	private static String leegIsNull(String tekst) {
		return (tekst == null || tekst.isBlank()) ? null : tekst.trim();
	}

	/**
	 * The resident's version the user saw is no longer current: someone else saved her
	 * data first.
	 */
	public static class InwonerIntussenGewijzigd extends OptimisticLockingFailureException {

		private final long casusId;

		InwonerIntussenGewijzigd(long casusId) {
			super("inwoner van casus " + casusId + " is intussen gewijzigd");
			this.casusId = casusId;
		}

		public long casusId() {
			return this.casusId;
		}

	}

	/** The BSN typed for a resident is recorded for another resident. */
	public static class BsnVanAndereInwoner extends RuntimeException {

		BsnVanAndereInwoner() {
			super("BSN hoort bij een andere inwoner");
		}

	}

	/**
	 * The version the user saw is no longer current: someone else changed the case first.
	 */
	public static class CasusIntussenGewijzigd extends OptimisticLockingFailureException {

		private final long casusId;

		CasusIntussenGewijzigd(long casusId) {
			super("casus " + casusId + " is intussen gewijzigd");
			this.casusId = casusId;
		}

		public long casusId() {
			return this.casusId;
		}

	}

	/**
	 * One case of a bulk action that cannot be done, with the reason as a message key.
	 */
	public record Weigering(long casusId, String code) {
	}

	/**
	 * A bulk action refused as a whole: nothing changed, because these cases could not be
	 * done.
	 */
	public static class BulkGeweigerd extends RuntimeException {

		private final List<Weigering> weigeringen;

		BulkGeweigerd(List<Weigering> weigeringen) {
			super(weigeringen.size() + " casussen geweigerd");
			this.weigeringen = List.copyOf(weigeringen);
		}

		public List<Weigering> weigeringen() {
			return this.weigeringen;
		}

	}

}
