package nl.wijkdossier.organisatie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Accounts;
import nl.wijkdossier.account.Rol;
import nl.wijkdossier.organisatie.OngeldigeInvoer.Fout;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The use cases of functioneel beheer: create, change and (de)activate partners,
 * clusters, teams and medewerkers. Nothing is ever deleted; history keeps referring to
 * deactivated things. Callers validate the form of the input (required, lengths); the
 * rules of the organisation are checked here, whoever calls, and a change that breaks one
 * is refused whole with an {@link OngeldigeInvoer}.
 */
@Service
@Transactional
public class OrganisatieBeheer {

	/** The most hours a week a medewerker can be contracted for (the database agrees). */
	public static final BigDecimal MAXIMUM_UREN = BigDecimal.valueOf(40);

	/** The roles a medewerker can have; the others are accounts without a medewerker. */
	public static final List<Rol> MEDEWERKER_ROLLEN = List.of(Rol.WIJKWERKER, Rol.WIJKTEAMMANAGER);

	static final String NAAM_BESTAAT = "beheer.fout.naamBestaat";

	private final ConvenantpartnerRepository partners;

	private final ClusterRepository clusters;

	private final WijkteamRepository teams;

	private final MedewerkerRepository medewerkers;

	private final Accounts accounts;

	OrganisatieBeheer(ConvenantpartnerRepository partners, ClusterRepository clusters, WijkteamRepository teams,
			MedewerkerRepository medewerkers, Accounts accounts) {
		this.partners = partners;
		this.clusters = clusters;
		this.teams = teams;
		this.medewerkers = medewerkers;
		this.accounts = accounts;
	}

	// Convenantpartners

	public long nieuwePartner(String naam) {
		String schoon = naam.trim();
		if (this.partners.existsByNaamIgnoreCase(schoon)) {
			throw OngeldigeInvoer.van("naam", NAAM_BESTAAT, schoon);
		}
		return this.partners.save(new Convenantpartner(schoon)).getId();
	}

	public void wijzigPartner(long partnerId, long version, String naam) {
		Convenantpartner partner = partner(partnerId);
		checkVersion(partner.getVersion(), version, "convenantpartner");
		String schoon = naam.trim();
		if (this.partners.existsByNaamIgnoreCaseAndIdNot(schoon, partnerId)) {
			throw OngeldigeInvoer.van("naam", NAAM_BESTAAT, schoon);
		}
		partner.hernoem(schoon);
	}

	public void zetPartnerActief(long partnerId, boolean actief) {
		partner(partnerId).zetActief(actief);
	}

	// Clusters

	public long nieuwCluster(String naam) {
		String schoon = naam.trim();
		if (this.clusters.existsByNaamIgnoreCase(schoon)) {
			throw OngeldigeInvoer.van("naam", NAAM_BESTAAT, schoon);
		}
		return this.clusters.save(new Cluster(schoon)).getId();
	}

	public void wijzigCluster(long clusterId, long version, String naam) {
		Cluster cluster = cluster(clusterId);
		checkVersion(cluster.getVersion(), version, "cluster");
		String schoon = naam.trim();
		if (this.clusters.existsByNaamIgnoreCaseAndIdNot(schoon, clusterId)) {
			throw OngeldigeInvoer.van("naam", NAAM_BESTAAT, schoon);
		}
		cluster.hernoem(schoon);
	}

	/** A cluster with active teams stays active: those teams would belong nowhere. */
	public void zetClusterActief(long clusterId, boolean actief) {
		Cluster cluster = cluster(clusterId);
		if (!actief) {
			long actieveTeams = this.teams.countByClusterIdAndActiefTrue(clusterId);
			if (actieveTeams > 0) {
				throw OngeldigeInvoer.van(null, "beheer.fout.clusterHeeftTeams", cluster.getNaam(), actieveTeams);
			}
		}
		cluster.zetActief(actief);
	}

	// Wijkteams

	/** A new team; its werkgebied may only hold PC4s no other team serves. */
	public long nieuwTeam(TeamGegevens gegevens) {
		weigerBij(controleer(null, gegevens));
		Wijkteam team = new Wijkteam(gegevens.naam().trim(), gegevens.clusterId());
		team.wijzig(gegevens.naam().trim(), gegevens.clusterId(), gegevens.bezoekadres(), gegevens.telefoon(),
				gegevens.managerId());
		team.wijzigWerkgebied(gegevens.werkgebied());
		return this.teams.save(team).getId();
	}

	public void wijzigTeam(long teamId, long version, TeamGegevens gegevens) {
		Wijkteam team = team(teamId);
		checkVersion(team.getVersion(), version, "wijkteam");
		weigerBij(controleer(team, gegevens));
		team.wijzig(gegevens.naam().trim(), gegevens.clusterId(), gegevens.bezoekadres(), gegevens.telefoon(),
				gegevens.managerId());
		team.wijzigWerkgebied(gegevens.werkgebied());
	}

	public void zetManager(long teamId, Long managerId) {
		Wijkteam team = team(teamId);
		if (managerId != null && !isActieveManager(managerId)) {
			throw OngeldigeInvoer.van("managerId", "beheer.fout.geenManager");
		}
		team.wijzig(team.getNaam(), team.getClusterId(), team.getBezoekadres(), team.getTelefoon(), managerId);
	}

	/**
	 * A team that still serves postcodes stays active: its postcodes must move to another
	 * team first, or addresses there would belong to no active team.
	 */
	public void zetTeamActief(long teamId, boolean actief) {
		Wijkteam team = team(teamId);
		if (actief) {
			team.activeer();
			return;
		}
		if (!team.getWerkgebied().isEmpty()) {
			throw OngeldigeInvoer.van(null, "beheer.fout.teamHeeftWerkgebied", team.getNaam(),
					Pc4Reeksen.alsTekst(team.getWerkgebied()));
		}
		team.deactiveer();
	}

	private List<Fout> controleer(Wijkteam huidig, TeamGegevens gegevens) {
		List<Fout> fouten = new ArrayList<>();
		Long teamId = (huidig != null) ? huidig.getId() : null;
		String naam = gegevens.naam().trim();
		if ((teamId != null) ? this.teams.existsByNaamIgnoreCaseAndIdNot(naam, teamId)
				: this.teams.existsByNaamIgnoreCase(naam)) {
			fouten.add(new Fout("naam", NAAM_BESTAAT, naam));
		}
		boolean zelfdeCluster = huidig != null && huidig.getClusterId() == gegevens.clusterId();
		if (!zelfdeCluster && !this.clusters.findById(gegevens.clusterId()).map(Cluster::isActief).orElse(false)) {
			fouten.add(new Fout("clusterId", "beheer.fout.clusterOngeldig"));
		}
		if (gegevens.managerId() != null && !isActieveManager(gegevens.managerId())) {
			fouten.add(new Fout("managerId", "beheer.fout.geenManager"));
		}
		if (huidig != null && !huidig.isActief() && !gegevens.werkgebied().isEmpty()) {
			fouten.add(new Fout("werkgebied", "beheer.fout.inactiefTeamWerkgebied"));
		}
		if (!gegevens.werkgebied().isEmpty()) {
			Map<String, List<String>> bijAndereTeams = new LinkedHashMap<>();
			for (WijkteamRepository.Pc4VanTeam bezet : this.teams.teamsVan(gegevens.werkgebied())) {
				if (!bezet.teamId().equals(teamId)) {
					bijAndereTeams.computeIfAbsent(bezet.teamNaam(), (team) -> new ArrayList<>()).add(bezet.pc4());
				}
			}
			bijAndereTeams.forEach((team, pc4s) -> fouten
				.add(new Fout("werkgebied", "beheer.fout.pc4BijAnderTeam", Pc4Reeksen.alsTekst(pc4s), team)));
		}
		return fouten;
	}

	private boolean isActieveManager(long medewerkerId) {
		return this.medewerkers.findById(medewerkerId)
			.filter(Medewerker::isActief)
			.map((manager) -> this.accounts.info(manager.getGebruikerId()).rol() == Rol.WIJKTEAMMANAGER)
			.orElse(false);
	}

	// Medewerkers

	/**
	 * A new medewerker with her account. The password arrives hashed (see
	 * {@link Accounts#hash}) so one hash can serve a bulk load.
	 */
	public long nieuweMedewerker(MedewerkerGegevens gegevens, String gebruikersnaam, Rol rol, String wachtwoordHash) {
		List<Fout> fouten = controleer(null, gegevens, rol);
		if (!Accounts.isGeldigeGebruikersnaam(gebruikersnaam)) {
			fouten.add(new Fout("gebruikersnaam", "beheer.fout.gebruikersnaamOngeldig"));
		}
		else if (this.accounts.bestaat(gebruikersnaam)) {
			fouten.add(new Fout("gebruikersnaam", "beheer.fout.gebruikersnaamBestaat",
					Accounts.normaliseer(gebruikersnaam)));
		}
		weigerBij(fouten);
		long gebruikerId = this.accounts.maakAanMetHash(gebruikersnaam, wachtwoordHash, rol, weergavenaam(gegevens),
				gegevens.email().trim());
		Medewerker medewerker = new Medewerker(gegevens.voornaam().trim(), gegevens.achternaam().trim(),
				gegevens.email().trim(), gegevens.partnerId(), gegevens.teamId(), gebruikerId, gegevens.urenPerWeek(),
				gegevens.focus());
		return this.medewerkers.save(medewerker).getId();
	}

	/** Changes a medewerker and keeps her account (name, e-mail, role) in step. */
	public void wijzigMedewerker(long medewerkerId, long version, MedewerkerGegevens gegevens, Rol rol) {
		Medewerker medewerker = medewerker(medewerkerId);
		checkVersion(medewerker.getVersion(), version, "medewerker");
		List<Fout> fouten = controleer(medewerker, gegevens, rol);
		if (rol != Rol.WIJKTEAMMANAGER) {
			List<String> teamsVanManager = this.teams.namenMetManager(medewerkerId);
			if (!teamsVanManager.isEmpty()) {
				fouten.add(new Fout("rol", "beheer.fout.nogManagerVan", String.join(", ", teamsVanManager)));
			}
		}
		weigerBij(fouten);
		medewerker.wijzig(gegevens.voornaam().trim(), gegevens.achternaam().trim(), gegevens.email().trim(),
				gegevens.partnerId(), gegevens.teamId(), gegevens.urenPerWeek(), gegevens.focus());
		this.accounts.wijzig(medewerker.getGebruikerId(), weergavenaam(gegevens), gegevens.email().trim(), rol);
	}

	/**
	 * Deactivating a medewerker deactivates her account (she can no longer log in);
	 * reactivating enables it again. A manager who still steers teams stays active.
	 */
	public void zetMedewerkerActief(long medewerkerId, boolean actief) {
		Medewerker medewerker = medewerker(medewerkerId);
		if (!actief) {
			List<String> teamsVanManager = this.teams.namenMetManager(medewerkerId);
			if (!teamsVanManager.isEmpty()) {
				throw OngeldigeInvoer.van(null, "beheer.fout.medewerkerNogManager", medewerker.getNaam(),
						String.join(", ", teamsVanManager));
			}
		}
		medewerker.zetActief(actief);
		this.accounts.zetActief(medewerker.getGebruikerId(), actief);
	}

	private List<Fout> controleer(Medewerker huidig, MedewerkerGegevens gegevens, Rol rol) {
		List<Fout> fouten = new ArrayList<>();
		Long medewerkerId = (huidig != null) ? huidig.getId() : null;
		if (!MEDEWERKER_ROLLEN.contains(rol)) {
			fouten.add(new Fout("rol", "beheer.fout.rolOngeldig"));
		}
		String email = gegevens.email().trim();
		if ((medewerkerId != null) ? this.medewerkers.existsByEmailIgnoreCaseAndIdNot(email, medewerkerId)
				: this.medewerkers.existsByEmailIgnoreCase(email)) {
			fouten.add(new Fout("email", "beheer.fout.emailBestaat", email));
		}
		boolean zelfdePartner = huidig != null && huidig.getPartnerId() == gegevens.partnerId();
		if (!zelfdePartner
				&& !this.partners.findById(gegevens.partnerId()).map(Convenantpartner::isActief).orElse(false)) {
			fouten.add(new Fout("partnerId", "beheer.fout.partnerOngeldig"));
		}
		boolean zelfdeTeam = huidig != null && Objects.equals(huidig.getTeamId(), gegevens.teamId());
		if (gegevens.teamId() == null) {
			if (rol == Rol.WIJKWERKER) {
				fouten.add(new Fout("teamId", "beheer.fout.teamVerplicht"));
			}
		}
		else if (!zelfdeTeam && !this.teams.findById(gegevens.teamId()).map(Wijkteam::isActief).orElse(false)) {
			fouten.add(new Fout("teamId", "beheer.fout.teamOngeldig"));
		}
		BigDecimal uren = gegevens.urenPerWeek();
		if (uren == null || uren.signum() <= 0 || uren.compareTo(MAXIMUM_UREN) > 0 || uren.scale() > 1) {
			fouten.add(new Fout("urenPerWeek", "beheer.fout.uren"));
		}
		return fouten;
	}

	private static String weergavenaam(MedewerkerGegevens gegevens) {
		return gegevens.voornaam().trim() + " " + gegevens.achternaam().trim();
	}

	// Shared

	static void checkVersion(long actual, long expected, String wat) {
		if (actual != expected) {
			throw new OptimisticLockingFailureException(wat + " is intussen gewijzigd");
		}
	}

	private static void weigerBij(List<Fout> fouten) {
		if (!fouten.isEmpty()) {
			throw new OngeldigeInvoer(fouten);
		}
	}

	private Convenantpartner partner(long partnerId) {
		return this.partners.findById(partnerId).orElseThrow(() -> new NietGevondenException("convenantpartner"));
	}

	private Cluster cluster(long clusterId) {
		return this.clusters.findById(clusterId).orElseThrow(() -> new NietGevondenException("cluster"));
	}

	private Wijkteam team(long teamId) {
		return this.teams.findById(teamId).orElseThrow(() -> new NietGevondenException("team"));
	}

	private Medewerker medewerker(long medewerkerId) {
		return this.medewerkers.findById(medewerkerId).orElseThrow(() -> new NietGevondenException("medewerker"));
	}

	/** What beheer enters for a team. */
	public record TeamGegevens(String naam, long clusterId, String bezoekadres, String telefoon, Long managerId,
			Set<String> werkgebied) {

		public TeamGegevens {
			werkgebied = Set.copyOf(werkgebied);
		}

	}

	/** What beheer enters for a medewerker. */
	public record MedewerkerGegevens(String voornaam, String achternaam, String email, long partnerId, Long teamId,
			BigDecimal urenPerWeek, Focus focus) {
	}

}
