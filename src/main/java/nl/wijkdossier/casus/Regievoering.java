package nl.wijkdossier.casus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.audit.Gebeurtenis;
import nl.wijkdossier.audit.ToegangsLog;
import nl.wijkdossier.organisatie.MedewerkerInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The manager moving work permanently: handing the regie of a case (or of several cases
 * of one medewerker) to a colleague, and moving a case to another team of the cluster to
 * balance the load. Always with a reason on each case's timeline; bulk actions are all or
 * nothing. Covering for an absent colleague is not this: that is an inval (module
 * bezetting), which changes no case.
 */
@Service
@Transactional
public class Regievoering {

	/** The longest reason for a transfer of regie or a move to another team. */
	public static final int MAXIMALE_REDEN = 300;

	private final CasusRepository casussen;

	private final CasusLader lader;

	private final Organisatie organisatie;

	private final Tijdlijn tijdlijn;

	private final ToegangsLog toegangsLog;

	Regievoering(CasusRepository casussen, CasusLader lader, Organisatie organisatie, Tijdlijn tijdlijn,
			ToegangsLog toegangsLog) {
		this.casussen = casussen;
		this.lader = lader;
		this.organisatie = organisatie;
		this.tijdlijn = tijdlijn;
		this.toegangsLog = toegangsLog;
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
		CasusLader.Geladen geladen = laadVanEigenTeam(gebruiker, casusId, Gebeurtenis.REGIE_OVERGEDRAGEN);
		Casus casus = geladen.casus();
		if (casus.getVersion() != version) {
			throw new Casussen.CasusIntussenGewijzigd(casusId);
		}
		MedewerkerInfo naar = this.organisatie.medewerkersVanTeam(casus.getTeamId())
			.stream()
			.filter((m) -> m.id() == naarMedewerkerId && m.actief())
			.findFirst()
			.orElseThrow(() -> new OngeldigeOvergang("casus.regel.medewerkerNietVanTeam"));
		draagOver(gebruiker, casus, naar, tekst);
		this.casussen.flush();
		this.lader.log(Gebeurtenis.REGIE_OVERGEDRAGEN, geladen);
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
		List<CasusLader.Geladen> geladen = laadVanEigenTeams(gebruiker, casusIds, Gebeurtenis.REGIE_OVERGEDRAGEN);
		List<Weigering> weigeringen = new ArrayList<>();
		for (CasusLader.Geladen g : geladen) {
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
		for (CasusLader.Geladen g : geladen) {
			draagOver(gebruiker, g.casus(), naar, tekst);
		}
		this.casussen.flush();
		for (CasusLader.Geladen g : geladen) {
			this.lader.log(Gebeurtenis.REGIE_OVERGEDRAGEN, g);
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
		CasusLader.Geladen geladen = laadVanEigenTeam(gebruiker, casusId, Gebeurtenis.TEAM_GEWIJZIGD);
		Casus casus = geladen.casus();
		if (casus.getVersion() != version) {
			throw new Casussen.CasusIntussenGewijzigd(casusId);
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
		this.lader.log(Gebeurtenis.TEAM_GEWIJZIGD, geladen);
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
		List<CasusLader.Geladen> geladen = laadVanEigenTeams(gebruiker, casusIds, Gebeurtenis.TEAM_GEWIJZIGD);
		Map<Long, TeamInfo> teams = new HashMap<>();
		List<Weigering> weigeringen = new ArrayList<>();
		for (CasusLader.Geladen g : geladen) {
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
		for (CasusLader.Geladen g : geladen) {
			verplaats(gebruiker, g.casus(), teams.get(g.casus().getTeamId()), naar, tekst);
		}
		this.casussen.flush();
		for (CasusLader.Geladen g : geladen) {
			this.lader.log(Gebeurtenis.TEAM_GEWIJZIGD, g);
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
	 * As {@link CasusLader#laad(WijkdossierUser, long, Gebeurtenis)}, and the case must
	 * lie in a team the manager steers: one he sees only as its regievoerder is not found
	 * either.
	 */
	private CasusLader.Geladen laadVanEigenTeam(WijkdossierUser gebruiker, long casusId, Gebeurtenis bijWeigering) {
		return laadVanEigenTeams(gebruiker, List.of(casusId), bijWeigering).get(0);
	}

	private List<CasusLader.Geladen> laadVanEigenTeams(WijkdossierUser gebruiker, List<Long> casusIds,
			Gebeurtenis bijWeigering) {
		Set<Long> eigenTeams = new HashSet<>();
		this.organisatie.teamsVan(gebruiker).forEach((t) -> eigenTeams.add(t.id()));
		List<CasusLader.Geladen> geladen = new ArrayList<>();
		for (Long casusId : casusIds.stream().distinct().toList()) {
			CasusLader.Geladen g = this.lader.laad(gebruiker, casusId, bijWeigering);
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
		String tekst = (reden == null || reden.isBlank()) ? null : reden.trim();
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
