package nl.wijkdossier.organisatie;

import java.math.BigDecimal;

import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.wijkdossier.account.Accounts;
import nl.wijkdossier.account.Rol;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * The use cases of functioneel beheer: create, change and (de)activate partners,
 * clusters, teams and medewerkers. Nothing is ever deleted; history keeps referring to
 * deactivated things. Callers validate input for the user; the guards here protect the
 * invariants whoever calls.
 */
@Service
@Transactional
public class OrganisatieBeheer {

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

	public long nieuwePartner(String naam) {
		return this.partners.save(new Convenantpartner(naam.trim())).getId();
	}

	public long nieuwCluster(String naam) {
		return this.clusters.save(new Cluster(naam.trim())).getId();
	}

	/** A new team; its werkgebied may only hold PC4s no other team serves. */
	public long nieuwTeam(TeamGegevens gegevens) {
		Wijkteam team = new Wijkteam(gegevens.naam().trim(), gegevens.clusterId());
		team.wijzig(gegevens.naam().trim(), gegevens.clusterId(), gegevens.bezoekadres(), gegevens.telefoon(),
				gegevens.managerId());
		team.wijzigWerkgebied(gegevens.werkgebied());
		return this.teams.save(team).getId();
	}

	public void wijzigTeam(long teamId, long version, TeamGegevens gegevens) {
		Wijkteam team = this.teams.findById(teamId).orElseThrow(() -> new NietGevondenException("team"));
		checkVersion(team.getVersion(), version, "wijkteam");
		team.wijzig(gegevens.naam().trim(), gegevens.clusterId(), gegevens.bezoekadres(), gegevens.telefoon(),
				gegevens.managerId());
		team.wijzigWerkgebied(gegevens.werkgebied());
	}

	public void zetManager(long teamId, Long managerId) {
		Wijkteam team = this.teams.findById(teamId).orElseThrow(() -> new NietGevondenException("team"));
		team.wijzig(team.getNaam(), team.getClusterId(), team.getBezoekadres(), team.getTelefoon(), managerId);
	}

	/**
	 * A new medewerker with her account. The password arrives hashed (see
	 * {@link Accounts#hash}) so one hash can serve a bulk load.
	 */
	public long nieuweMedewerker(MedewerkerGegevens gegevens, String gebruikersnaam, Rol rol, String wachtwoordHash) {
		long gebruikerId = this.accounts.maakAanMetHash(gebruikersnaam, wachtwoordHash, rol,
				gegevens.voornaam().trim() + " " + gegevens.achternaam().trim(), gegevens.email().trim());
		Medewerker medewerker = new Medewerker(gegevens.voornaam().trim(), gegevens.achternaam().trim(),
				gegevens.email().trim(), gegevens.partnerId(), gegevens.teamId(), gebruikerId, gegevens.urenPerWeek(),
				gegevens.focus());
		return this.medewerkers.save(medewerker).getId();
	}

	static void checkVersion(long actual, long expected, String wat) {
		if (actual != expected) {
			throw new OptimisticLockingFailureException(wat + " is intussen gewijzigd");
		}
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
