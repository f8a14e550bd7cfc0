package nl.wijkdossier.casus;

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
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The clusterwachtlijst is written for scale: the number of SQL statements one page view
 * sends does not grow with the number of waiting cases, nor with the number of teams (no
 * N+1 for the balance per team).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class ClusterWachtlijstQueryCountTests {

	final MockMvc mvc;

	final UserDetailsService gebruikers;

	final CasusFixtures fixtures;

	final OrganisatieBeheer beheer;

	@Autowired
	ClusterWachtlijstQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer) {
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.beheer = beheer;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void aPageViewSendsTheSameNumberOfStatementsForOneOrFortyWaitingCasesInOneOrThreeTeams() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		String manager = this.fixtures.manager(team.partnerId());
		long managerId = this.fixtures.medewerkerVan(manager);
		this.beheer.zetManager(team.teamId(), managerId);
		this.fixtures.wijkwerker(team.partnerId(), team.teamId());
		this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).wmo().opslaan();

		int bijEen = statements(manager, 1);
		long tweede = this.fixtures.team(team.clusterId(), managerId);
		long derde = this.fixtures.team(this.fixtures.nieuwTeam().clusterId(), managerId);
		for (int i = 0; i < 39; i++) {
			long doel = (i % 3 == 0) ? team.teamId() : ((i % 3 == 1) ? tweede : derde);
			this.fixtures.wijkwerker(team.partnerId(), doel);
			this.fixtures.casus(this.fixtures.inwoner().id(), doel).wmo().dagenGeleden(i).opslaan();
		}
		int bijVeertig = statements(manager, 40);

		assertThat(bijEen).isPositive();
		assertThat(bijVeertig).isEqualTo(bijEen);
	}

	private int statements(String gebruiker, int verwacht) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(gebruiker));
		Teller.begin();
		Wachtlijst.ClusterPagina pagina;
		try {
			pagina = (Wachtlijst.ClusterPagina) this.mvc.perform(get("/wachtlijst/cluster").with(principal))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("cluster");
		}
		finally {
			Teller.stop();
		}
		assertThat(pagina.lijst().regels()).hasSize(verwacht);
		return Teller.aantal();
	}

}
