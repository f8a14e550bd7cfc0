package nl.wijkdossier.clusterplan;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;

/**
 * Clusters of their own for the cluster-plan tests — never the demo city's, whose plans
 * other tests and the demo show: a new cluster with one team, its manager and a
 * wijkwerker.
 */
final class ClusterplanFixture {

	private final CasusFixtures casus;

	private final OrganisatieBeheer beheer;

	private final JdbcClient jdbc;

	ClusterplanFixture(JdbcClient jdbc, Inwoners inwoners, OrganisatieBeheer beheer) {
		this.casus = new CasusFixtures(jdbc, inwoners, beheer);
		this.beheer = beheer;
		this.jdbc = jdbc;
	}

	Cluster cluster() {
		CasusFixtures.NieuwTeam nieuw = this.casus.nieuwTeam();
		String manager = this.casus.manager(nieuw.partnerId());
		this.beheer.zetManager(nieuw.teamId(), this.casus.medewerkerVan(manager));
		String wijkwerker = this.casus.wijkwerker(nieuw.partnerId(), nieuw.teamId());
		return new Cluster(nieuw.clusterId(), nieuw.teamId(), manager, wijkwerker);
	}

	int versies(long clusterId) {
		return this.jdbc.sql("select count(*) from clusterplan_versie where cluster_id = ?")
			.param(clusterId)
			.query(Integer.class)
			.single();
	}

	record Cluster(long id, long teamId, String manager, String wijkwerker) {
	}

}
