package nl.wijkdossier.clusterplan;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.Organisatie;

/**
 * Whose plans a person may read. The gemeente adopts the plans and reads them all; a
 * manager reads the plans of the clusters his teams belong to, a wijkwerker the plan of
 * her own team's cluster — the plan is the policy her work is steered by, and contains no
 * resident's data, so she should be able to read it. Beheer and the privacy officer have
 * no task with it (need-to-know); the controllers refuse them with 403.
 */
@Component
class ClusterplanScope {

	private final Organisatie organisatie;

	ClusterplanScope(Organisatie organisatie) {
		this.organisatie = organisatie;
	}

	Bereik van(WijkdossierUser gebruiker) {
		if (gebruiker.heeftRol(Rol.GEMEENTE)) {
			return new Bereik(true, Set.of());
		}
		if (gebruiker.heeftRol(Rol.WIJKTEAMMANAGER) || gebruiker.heeftRol(Rol.WIJKWERKER)) {
			return new Bereik(false,
					this.organisatie.teamsVan(gebruiker)
						.stream()
						.map((team) -> team.clusterId())
						.collect(Collectors.toUnmodifiableSet()));
		}
		return new Bereik(false, Set.of());
	}

	/** Every cluster, or only these. */
	record Bereik(boolean alle, Set<Long> clusterIds) {

		boolean mag(long clusterId) {
			return this.alle || this.clusterIds.contains(clusterId);
		}

	}

}
