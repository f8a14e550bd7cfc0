package nl.wijkdossier.clusterplan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of plans and a plan with its history (and, for the current version, the actual
 * figures beside its targets) send the same number of statements however many clusters,
 * versions and targets there are.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class ClusterplanQueryCountTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final ClusterplanFixture fixture;

	@Autowired
	ClusterplanQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.fixture = new ClusterplanFixture(jdbc, inwoners, beheer);
	}

	@Test
	void theListAndAPlanSendAConstantNumberOfStatements() throws Exception {
		ClusterplanFixture.Cluster cluster = this.fixture.cluster();
		legVast(cluster.id(), 0);
		int lijstBijEen = statements("/clusterplannen");
		int planBijEen = statements("/clusterplannen/" + cluster.id());

		for (int versie = 1; versie < 6; versie++) {
			legVast(cluster.id(), versie);
		}
		for (int i = 0; i < 4; i++) {
			legVast(this.fixture.cluster().id(), 0);
		}
		int lijstBijMeer = statements("/clusterplannen");
		int planBijZes = statements("/clusterplannen/" + cluster.id());
		int ouderBijZes = statements("/clusterplannen/" + cluster.id() + "?versie=2");

		assertThat(lijstBijEen).isPositive();
		assertThat(lijstBijMeer).isEqualTo(lijstBijEen);
		assertThat(planBijZes).isEqualTo(planBijEen);
		assertThat(ouderBijZes).as("an older version: its targets without the actual figures").isLessThan(planBijEen);
		legVast(cluster.id(), 6);
		assertThat(statements("/clusterplannen/" + cluster.id() + "?versie=3")).isEqualTo(ouderBijZes);
	}

	private void legVast(long clusterId, int basisVersie) throws Exception {
		this.mvc
			.perform(post("/clusterplannen/{id}/bewerken", clusterId).param("visie", "Visie " + basisVersie)
				.param("opgaven", "Opgaven")
				.param("beoogdeOntwikkeling", "Ontwikkeling")
				.param("streefwaarden[MAX_CASELOAD_PER_FTE]", String.valueOf(10 + basisVersie))
				.param("streefwaarden[MIN_WMO_OP_TIJD_PROCENT]", "80")
				.param("basisVersie", String.valueOf(basisVersie))
				.with(user(this.gebruikers.loadUserByUsername(Demo.GEMEENTE)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private int statements(String pad) throws Exception {
		var gemeente = user(this.gebruikers.loadUserByUsername(Demo.GEMEENTE));
		Teller.begin();
		try {
			this.mvc.perform(get(pad).with(gemeente)).andExpect(status().isOk());
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

}
