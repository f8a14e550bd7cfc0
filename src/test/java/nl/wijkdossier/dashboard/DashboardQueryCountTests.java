package nl.wijkdossier.dashboard;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import nl.wijkdossier.casus.CasusFixtures;
import nl.wijkdossier.inwoner.Inwoners;
import nl.wijkdossier.organisatie.OrganisatieBeheer;
import nl.wijkdossier.shared.ClockConfiguration;
import nl.wijkdossier.test.Demo;
import nl.wijkdossier.test.StatementTeller;
import nl.wijkdossier.test.StatementTeller.Teller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The figures are counted in grouped SQL, never per case: a dashboard request sends the
 * same number of statements for one case as for many, in every state.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementTeller.Tellen.class)
class DashboardQueryCountTests {

	private final MockMvc mvc;

	private final UserDetailsService gebruikers;

	private final JdbcClient jdbc;

	private final CasusFixtures fixtures;

	private final int bronnen;

	@Autowired
	DashboardQueryCountTests(MockMvc mvc, UserDetailsService gebruikers, JdbcClient jdbc, Inwoners inwoners,
			OrganisatieBeheer beheer, java.util.List<DashboardBron> bronnen) {
		this.bronnen = bronnen.size();
		this.mvc = mvc;
		this.gebruikers = gebruikers;
		this.jdbc = jdbc;
		this.fixtures = new CasusFixtures(jdbc, inwoners, beheer);
	}

	@Test
	void theNumberOfStatementsPerDashboardRequestDoesNotGrowWithTheCases() throws Exception {
		CasusFixtures.NieuwTeam team = this.fixtures.nieuwTeam();
		this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId()).opslaan();
		String[] paden = { "/dashboard/teams/" + team.teamId(), "/dashboard/clusters/" + team.clusterId(), "/dashboard",
				"/dashboard/teams/" + team.teamId() + "?export=wmo-termijnen" };
		int[] klein = new int[paden.length];
		for (int i = 0; i < paden.length; i++) {
			klein[i] = statements(paden[i]);
		}
		long regievoerder = this.fixtures.medewerkerVan(this.fixtures.wijkwerker(team.partnerId(), team.teamId()));
		LocalDate vandaag = LocalDate.now(ClockConfiguration.ZONE);
		for (int i = 0; i < 40; i++) {
			CasusFixtures.CasusBouwer bouwer = this.fixtures.casus(this.fixtures.inwoner().id(), team.teamId())
				.dagenGeleden(i * 9);
			if (i % 3 == 0) {
				bouwer.inBehandeling(regievoerder).contactOp(vandaag.minusDays(i * 9L).plusDays(3));
			}
			if (i % 4 == 0) {
				bouwer.wmo();
			}
			long id = bouwer.opslaan();
			if (i % 5 == 0) {
				this.jdbc.sql("""
						update casus set status = 'AFGESLOTEN', afsluitreden = 'DOEL_BEREIKT', afgesloten_op = :op,
						       onderzoek_afgerond_op = case when wmo_melding then gemeld_op + 30 end
						where id = :id
						""").param("op", vandaag.minusDays(i)).param("id", id).update();
			}
		}
		for (int i = 0; i < paden.length; i++) {
			assertThat(statements(paden[i])).as(paden[i] + " with 41 cases").isEqualTo(klein[i]);
		}
		// a handful per source, a few for the page (who may see what, the plan's targets)
		assertThat(klein[0]).isPositive().isLessThanOrEqualTo(5 + 6 * this.bronnen);
	}

	private int statements(String pad) throws Exception {
		var principal = user(this.gebruikers.loadUserByUsername(Demo.GEMEENTE));
		Teller.begin();
		try {
			this.mvc.perform(get(pad).with(principal)).andExpect(status().isOk());
		}
		finally {
			Teller.stop();
		}
		return Teller.aantal();
	}

}
