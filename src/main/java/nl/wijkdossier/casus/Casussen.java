package nl.wijkdossier.casus;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.casus.CasusLader.Geladen;
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

	private final CasusRepository casussen;

	private final Inwoners inwoners;

	private final Organisatie organisatie;

	private final Tijdlijn tijdlijn;

	private final ToegangsLog toegangsLog;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CasusLader lader;

	Casussen(CasusRepository casussen, Inwoners inwoners, Organisatie organisatie, Tijdlijn tijdlijn,
			ToegangsLog toegangsLog, Clock clock, ApplicationEventPublisher events, CasusLader lader) {
		this.casussen = casussen;
		this.inwoners = inwoners;
		this.organisatie = organisatie;
		this.tijdlijn = tijdlijn;
		this.toegangsLog = toegangsLog;
		this.clock = clock;
		this.events = events;
		this.lader = lader;
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

	private Geladen laad(WijkdossierUser gebruiker, long casusId, Gebeurtenis bijWeigering) {
		return this.lader.laad(gebruiker, casusId, bijWeigering);
	}

	private void log(Gebeurtenis gebeurtenis, Geladen geladen) {
		this.lader.log(gebeurtenis, geladen);
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

}
