package nl.wijkdossier.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import nl.wijkdossier.account.Rol;
import nl.wijkdossier.account.WijkdossierUser;
import nl.wijkdossier.organisatie.ClusterInfo;
import nl.wijkdossier.organisatie.Organisatie;
import nl.wijkdossier.organisatie.TeamInfo;
import nl.wijkdossier.shared.NietGevondenException;

/**
 * Who may see which dashboard: the gemeente every team, cluster and the city; a manager
 * his own teams, the clusters they belong to (the whole cluster), and as "city" his own
 * teams together. Anything else is 404, so ids reveal nothing.
 */
@Component
class Bereiken {

	private final Organisatie organisatie;

	Bereiken(Organisatie organisatie) {
		this.organisatie = organisatie;
	}

	Bereik stad(WijkdossierUser gebruiker) {
		List<TeamInfo> teams = zichtbareTeams(gebruiker);
		return new Bereik(Bereik.Soort.STAD, null, null, teams.stream().map(TeamInfo::id).toList());
	}

	Bereik cluster(WijkdossierUser gebruiker, long clusterId) {
		List<TeamInfo> alle = this.organisatie.teams();
		if (!isGemeente(gebruiker)
				&& this.organisatie.teamsVan(gebruiker).stream().noneMatch((t) -> t.clusterId() == clusterId)) {
			throw new NietGevondenException("cluster " + clusterId);
		}
		ClusterInfo cluster = this.organisatie.clusters()
			.stream()
			.filter((c) -> c.id() == clusterId)
			.findFirst()
			.orElseThrow(() -> new NietGevondenException("cluster " + clusterId));
		List<Long> teams = alle.stream().filter((t) -> t.clusterId() == clusterId).map(TeamInfo::id).toList();
		return new Bereik(Bereik.Soort.CLUSTER, clusterId, cluster.naam(), teams);
	}

	Bereik team(WijkdossierUser gebruiker, long teamId) {
		TeamInfo team = (isGemeente(gebruiker) ? this.organisatie.team(teamId)
				: this.organisatie.teamsVan(gebruiker).stream().filter((t) -> t.id() == teamId).findFirst())
			.orElseThrow(() -> new NietGevondenException("team " + teamId));
		return new Bereik(Bereik.Soort.TEAM, team.id(), team.naam(), List.of(team.id()));
	}

	/** The team's cluster, for the way back from a team's dashboard. */
	Link clusterVan(long teamId) {
		TeamInfo team = this.organisatie.team(teamId).orElseThrow(() -> new NietGevondenException("team " + teamId));
		return new Link(team.clusterId(), team.clusterNaam());
	}

	/** The clusters this user may open, by name. */
	List<Link> clusters(WijkdossierUser gebruiker) {
		if (isGemeente(gebruiker)) {
			return this.organisatie.clusters()
				.stream()
				.filter(ClusterInfo::actief)
				.map((c) -> new Link(c.id(), c.naam()))
				.toList();
		}
		Map<Long, String> clusters = this.organisatie.teamsVan(gebruiker)
			.stream()
			.collect(Collectors.toMap(TeamInfo::clusterId, TeamInfo::clusterNaam, (a, b) -> a));
		return clusters.entrySet()
			.stream()
			.map((e) -> new Link(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(Link::naam))
			.toList();
	}

	/** The teams of a dashboard this user may open: of the cluster, or his own. */
	List<Link> teams(WijkdossierUser gebruiker, Bereik bereik) {
		List<TeamInfo> teams = switch (bereik.soort()) {
			case STAD -> isGemeente(gebruiker) ? List.of() : this.organisatie.teamsVan(gebruiker);
			case CLUSTER -> isGemeente(gebruiker)
					? this.organisatie.teams().stream().filter((t) -> bereik.teamIds().contains(t.id())).toList()
					: this.organisatie.teamsVan(gebruiker)
						.stream()
						.filter((t) -> bereik.teamIds().contains(t.id()))
						.toList();
			case TEAM -> List.of();
		};
		return teams.stream().map((t) -> new Link(t.id(), t.naam())).toList();
	}

	private List<TeamInfo> zichtbareTeams(WijkdossierUser gebruiker) {
		return isGemeente(gebruiker) ? this.organisatie.teams() : this.organisatie.teamsVan(gebruiker);
	}

	private static boolean isGemeente(WijkdossierUser gebruiker) {
		return gebruiker.heeftRol(Rol.GEMEENTE);
	}

	/** A cluster or team to link to. */
	record Link(long id, String naam) {
	}

}
